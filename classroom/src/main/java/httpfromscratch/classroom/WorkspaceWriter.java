package httpfromscratch.classroom;

import httpfromscratch.classroom.Blanker.Blank;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a student workspace: a copy of the course with the chosen exercises blanked, the chapters'
 * excerpts of their solutions replaced by notes, the progress board as its last module, and a
 * README for students. Nothing of the solutions goes along: no .git, no build output, no jars.
 */
final class WorkspaceWriter {

    /** Directory names never copied, wherever they are. */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", ".idea", ".vscode", "node_modules");
    /** Paths from the root that are not copied: tooling of the reference, or written anew below. */
    private static final Set<String> SKIPPED_PATHS = Set.of("classroom", "docs/pom.xml", "docs/src", ".ci", ".github",
            "README.md", "pom.xml", ".mvn/maven.config", "mvnw", "mvnw.cmd", ".mvn/wrapper");
    private static final String WORKSPACE_MODULE = "classroom";

    private final Course course;
    private final List<Exercise> blanked;
    private final Map<String, List<String>> tests;
    private final Path out;
    private final Map<String, List<Blank>> blanksByFile = new HashMap<>();

    private WorkspaceWriter(Course course, List<Exercise> blanked, Map<String, List<String>> tests, Path out) {
        this.course = course;
        this.blanked = blanked;
        this.tests = tests;
        this.out = out.toAbsolutePath().normalize();
    }

    /** Writes the workspace to {@code out}, which must not exist yet or be empty. */
    static void write(Course course, List<Exercise> blanked, Map<String, List<String>> tests, Path out) {
        new WorkspaceWriter(course, blanked, tests, out).write();
    }

    private void write() {
        checkEmpty(out);
        List<Path> files = filesToCopy();
        for (Path file : files.stream().filter(file -> file.toString().endsWith(".java")).toList()) {
            writeJava(file);
        }
        for (Path file : files.stream().filter(file -> !file.toString().endsWith(".java")).toList()) {
            String relative = course.relative(file);
            if (relative.endsWith(".md")) {
                writeText(relative, ExcerptNotes.replace(relative, Course.read(file), blanksByFile, this::referenceLines));
            } else if (file.getFileName().toString().equals("pom.xml")) {
                writeText(relative, workspaceVersion(course, Course.read(file)));
            } else {
                copy(file, out.resolve(relative));
            }
        }
        writeTooling(course, out);
        Map<String, List<String>> blankedTests = new LinkedHashMap<>();
        blanked.forEach(exercise -> blankedTests.put(exercise.id(), tests.getOrDefault(exercise.id(), List.of())));
        new ExercisesFile(courseName(course), course.steps(), blanked, blankedTests).writeTo(out);
        writeText("README.md", readme());
    }

    /** A Java file with this workspace's exercises blanked and every other marker removed. */
    private void writeJava(Path file) {
        String relative = course.relative(file);
        List<Exercise> here = blanked.stream().filter(exercise -> exercise.source().equals(relative)).toList();
        Blanker.Result result = Blanker.blank(Course.read(file), here);
        if (!result.blanks().isEmpty()) {
            blanksByFile.put(relative, result.blanks());
        }
        writeText(relative, result.text());
    }

    /**
     * What runs a workspace's build, fresh from the reference: the parent pom (the steps, then the
     * board), {@code .mvn}, the wrapper scripts and the board's module. The grader writes these over
     * a student's copy too, so that the build it runs is the course's own.
     */
    static void writeTooling(Course course, Path out) {
        List<String> modules = new ArrayList<>(course.steps().stream().map(Step::module).toList());
        modules.add(WORKSPACE_MODULE);
        writeText(out, "pom.xml", workspaceVersion(course, Poms.withModules(Course.read(course.root().resolve("pom.xml")), modules)));
        for (String file : List.of("mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties")) {
            if (Files.isRegularFile(course.root().resolve(file))) {
                copy(course.root().resolve(file), out.resolve(file));
            }
        }
        Path mavenConfig = course.root().resolve(".mvn/maven.config");
        String existing = Files.isRegularFile(mavenConfig) ? Course.read(mavenConfig).strip() + "\n" : "";
        // A step whose tests fail stops the steps after it (they depend on it), and the board,
        // which depends on no step, still runs and shows where you are.
        writeText(out, ".mvn/maven.config", existing + "--fail-at-end\n" + String.join("\n", Maven.TEST_GUARDS) + "\n");
        writeBoardModule(course, out);
    }

    private static void writeBoardModule(Course course, Path out) {
        // The board is the classroom module's code, so it needs the classroom's libraries (Jackson);
        // and the steps' libraries, to compile a step. One both use is listed once.
        List<Path> poms = new ArrayList<>(List.of(course.root().resolve(WORKSPACE_MODULE).resolve("pom.xml")));
        course.steps().forEach(step -> poms.add(step.dir(course.root()).resolve("pom.xml")));
        Map<String, String> libraries = new LinkedHashMap<>();
        for (Path pom : poms) {
            Poms.libraries(Course.read(pom)).forEach(library -> libraries.putIfAbsent(Poms.coordinates(library), library));
        }
        String dependencies = libraries.values().stream().map(library -> "    " + library.strip()).collect(Collectors.joining("\n"));
        String parent = Course.read(course.root().resolve("pom.xml"));
        String pom = template("workspace-pom.xml")
                .replace("{{groupId}}", Poms.own(parent, "groupId"))
                .replace("{{artifactId}}", Poms.own(parent, "artifactId"))
                .replace("{{version}}", Poms.own(parent, "version"))
                .replace("{{libraries}}", dependencies);
        writeText(out, WORKSPACE_MODULE + "/pom.xml", workspaceVersion(course, pom));
        Path module = course.root().resolve(WORKSPACE_MODULE);
        CompileCheck.deleteQuietly(out.resolve(WORKSPACE_MODULE).resolve("src"));
        for (Path file : walk(module.resolve("src/main/java"))) {
            copy(file, out.resolve(WORKSPACE_MODULE).resolve(module.relativize(file)));
        }
    }

    /**
     * A workspace's poms carry a version of their own ({@code 1.0.0-workspace-SNAPSHOT} for
     * {@code 1.0.0-SNAPSHOT}): a student's {@code ./mvnw install}, blanks and all, must never
     * replace the reference's steps in the local Maven repository that a teacher's builds use.
     */
    static String workspaceVersion(Course course, String pom) {
        String version = Poms.own(Course.read(course.root().resolve("pom.xml")), "version");
        String workspace = version.endsWith("-SNAPSHOT")
                ? version.substring(0, version.length() - "-SNAPSHOT".length()) + "-workspace-SNAPSHOT"
                : version + "-workspace";
        return Poms.withVersion(pom, version, workspace);
    }

    private String readme() {
        Exercise first = blanked.getFirst();
        String list = blanked.stream()
                .map(exercise -> "- [Exercise " + exercise.id() + ": " + exercise.title() + "](" + exercise.link() + ")")
                .collect(Collectors.joining("\n"));
        return template("workspace-README.md")
                .replace("{{course}}", courseName(course))
                .replace("{{count}}", String.valueOf(blanked.size()))
                .replace("{{steps}}", String.valueOf(course.steps().size()))
                .replace("{{firstStepName}}", course.step(first.step()).name())
                .replace("{{firstStep}}", course.step(first.step()).module())
                .replace("{{firstId}}", first.id())
                .replace("{{firstTitle}}", first.title())
                .replace("{{firstSource}}", first.source())
                .replace("{{firstMethod}}", first.method())
                .replace("{{firstLink}}", first.link())
                .replace("{{exercises}}", list);
    }

    static String courseName(Course course) {
        String name = Poms.name(Course.read(course.root().resolve("pom.xml")));
        return name.isEmpty() ? "The course" : name;
    }

    /** Every file of the reference that belongs in a workspace, before blanking. */
    private List<Path> filesToCopy() {
        try (Stream<Path> files = Files.walk(course.root())) {
            return files.filter(Files::isRegularFile).filter(this::belongs).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean belongs(Path file) {
        Path relative = course.root().relativize(file.toAbsolutePath().normalize());
        if (file.toAbsolutePath().normalize().startsWith(out)) {
            return false; // a workspace written inside the repository is not copied into itself
        }
        for (Path part : relative) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return false;
            }
        }
        for (String skipped : SKIPPED_PATHS) {
            if (relative.startsWith(skipped)) {
                return false;
            }
        }
        String name = relative.getFileName().toString();
        return !name.endsWith(".class") && !name.endsWith(".jar") && !name.endsWith(".iml") && !name.equals(".DS_Store");
    }

    private List<String> referenceLines(String relative) {
        Path file = course.root().resolve(relative);
        return Files.isRegularFile(file) ? Course.read(file).lines().toList() : List.of();
    }

    static void checkEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new ClassroomException(dir + " is not empty: name a new folder for the workspace");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeText(String relative, String text) {
        writeText(out, relative, text);
    }

    private static void writeText(Path out, String relative, String text) {
        Course.write(out.resolve(relative), text);
    }

    /** Copies keeping the executable bit, which {@code mvnw} needs. */
    static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> walk(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String template(String name) {
        try (InputStream in = WorkspaceWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
