package httpfromscratch.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A two-step course in a temporary folder, shaped like the real one, for the generator's tests. */
final class FakeCourse {

    static final String GREETER = "step1-demo/src/main/java/demo/Greeter.java";

    private final Path root;

    private FakeCourse(Path root) {
        this.root = root;
    }

    static FakeCourse in(Path root) {
        FakeCourse course = new FakeCourse(root);
        course.write("pom.xml", """
                <project>
                  <groupId>org.example.course</groupId>
                  <artifactId>course</artifactId>
                  <version>2.0-SNAPSHOT</version>
                  <name>Demo course</name>
                  <modules>
                    <module>step1-demo</module>
                    <module>step2-more</module>
                    <module>docs</module>
                    <module>classroom</module>
                  </modules>
                </project>
                """);
        course.write("step1-demo/pom.xml", "<project><parent><version>2.0-SNAPSHOT</version></parent>"
                + "<artifactId>step1-demo</artifactId><name>Step 1: demo</name></project>\n");
        course.write(GREETER, """
                package demo;

                class Greeter {

                    // Exercise 1.1
                    /** "Hello, ada!" for ada. */
                    static String greet(String name) {
                        String greeting = "Hello, " + name + "!";
                        return greeting;
                    }

                    // Exercise 1.2
                    static String shout(String text) {
                        return text.toUpperCase(java.util.Locale.ROOT) + "!!!";
                    }
                }
                """);
        course.write("step1-demo/src/test/java/demo/GreeterTest.java", "package demo;\nclass GreeterTest { }\n");
        course.write("step1-demo/target/classes/demo/Greeter.class", "compiled");
        course.write("step2-more/pom.xml", """
                <project><parent/><artifactId>step2-more</artifactId><name>Step 2: more</name>
                  <dependencies>
                    <dependency><groupId>${project.groupId}</groupId><artifactId>step1-demo</artifactId></dependency>
                    <dependency><groupId>org.example</groupId><artifactId>library</artifactId></dependency>
                  </dependencies>
                </project>
                """);
        course.write("step2-more/src/main/java/demo/More.java", "package demo;\nclass More { }\n");
        course.write("docs/01-demo.md", """
                # 1. Demo

                <!-- from: step1-demo/src/main/java/demo/Greeter.java -->
                ```java
                    static String greet(String name) {
                        String greeting = "Hello, " + name + "!";
                        return greeting;
                    }
                ```

                ## Exercises

                ### Exercise 1.1: Greet by name

                Write `Greeter.greet`.

                - Hint: Concatenate.

                ### Exercise 1.2: Shout

                Write `Greeter.shout`.

                - Hint: Upper case.
                - Hint: Three marks.

                ## Where this step falls short
                """);
        course.write("docs/02-more.md", "# 2. More\n");
        course.write("docs/pom.xml", "<project/>\n");
        course.write("docs/src/test/java/Check.java", "class Check { }\n");
        course.write("README.md", "# The reference\n");
        course.write("mvnw", "#!/bin/sh\n");
        course.write(".mvn/wrapper/maven-wrapper.properties", "distributionUrl=x\n");
        course.write(".git/HEAD", "ref: refs/heads/main\n");
        course.write(".ci/run", "./mvnw install\n");
        course.write("classroom/src/main/java/httpfromscratch/classroom/Board.java", "class Board { }\n");
        course.write("classroom/pom.xml", "<project/>\n");
        return course;
    }

    Path root() {
        return root;
    }

    Course course() {
        return Course.at(root);
    }

    FakeCourse write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
