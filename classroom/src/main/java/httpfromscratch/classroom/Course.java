package httpfromscratch.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The repository as the classroom tools see it: a root with a parent pom whose modules include
 * {@code step1-…} to {@code step7-…}, and a {@code docs/0N-….md} chapter for each step.
 */
record Course(Path root, List<Step> steps) {

    private static final Pattern STEP_MODULE = Pattern.compile("<module>\\s*(step(\\d+)-[^<\\s]+)\\s*</module>");

    static Course at(Path root) {
        Path pom = root.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            throw new ClassroomException(root + " has no pom.xml: run this from the course repository");
        }
        List<Step> steps = new ArrayList<>();
        Matcher module = STEP_MODULE.matcher(read(pom));
        while (module.find()) {
            String name = module.group(1);
            int number = Integer.parseInt(module.group(2));
            steps.add(new Step(number, name, Poms.name(read(root.resolve(name).resolve("pom.xml"))),
                    chapter(root, number)));
        }
        if (steps.isEmpty()) {
            throw new ClassroomException(pom + " lists no step modules (<module>step1-…</module>)");
        }
        return new Course(root.toAbsolutePath().normalize(), List.copyOf(steps));
    }

    Step step(int number) {
        return steps.stream().filter(step -> step.number() == number).findFirst()
                .orElseThrow(() -> new ClassroomException("there is no step " + number));
    }

    /** The repository-relative path of {@code file}, with forward slashes, as links and messages use it. */
    String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** {@code docs/02-….md} for step 2, if there is exactly one. */
    private static Optional<String> chapter(Path root, int number) {
        Path docs = root.resolve("docs");
        if (!Files.isDirectory(docs)) {
            return Optional.empty();
        }
        String prefix = String.format("%02d-", number);
        try (Stream<Path> files = Files.list(docs)) {
            List<String> chapters = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".md")).sorted().toList();
            if (chapters.size() > 1) {
                throw new ClassroomException("more than one chapter for step " + number + ": " + chapters);
            }
            return chapters.stream().findFirst().map(name -> "docs/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to {@code file}, creating the folders it goes in. */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
