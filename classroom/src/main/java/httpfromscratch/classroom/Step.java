package httpfromscratch.classroom;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One step of the course: a Maven module such as {@code step2-parser} and its chapter.
 *
 * @param number  1 for {@code step1-socket}
 * @param module  the module's directory name, which is also its artifactId
 * @param name    the module's {@code <name>}, such as "Step 2: parsing requests, writing responses"
 * @param chapter the chapter's path from the repository root, such as {@code docs/02-http-parser.md}
 */
record Step(int number, String module, String name, Optional<String> chapter) {

    Path dir(Path root) {
        return root.resolve(module);
    }

    Path mainSources(Path root) {
        return dir(root).resolve("src/main/java");
    }

    Path testSources(Path root) {
        return dir(root).resolve("src/test/java");
    }
}
