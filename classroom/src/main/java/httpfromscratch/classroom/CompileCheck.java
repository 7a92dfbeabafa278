package httpfromscratch.classroom;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a step's main and test sources again, into a scratch folder, to show its errors on the
 * board: a step whose tests did not run because it does not compile must say so plainly, never as
 * "0 tests". The classpath is the earlier steps' {@code target/classes} and the libraries on this
 * program's own classpath (the board's module depends on what the steps use).
 */
final class CompileCheck {

    private static final int MAX_ERRORS = 10;

    private CompileCheck() {
    }

    /** The compiler's errors for {@code step}, formatted for the board; empty if it compiles. */
    static String errors(Path root, Step step, List<Step> earlierSteps) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return ""; // a JRE without a compiler: Maven's own output above shows the errors
        }
        List<String> classpath = new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        earlierSteps.forEach(earlier -> classpath.add(earlier.dir(root).resolve("target/classes").toString()));
        Path scratch = createScratch();
        try {
            String errors = compile(javac, root, step.mainSources(root), classpath, scratch.resolve("classes"));
            if (errors.isEmpty()) {
                classpath.add(scratch.resolve("classes").toString());
                errors = compile(javac, root, step.testSources(root), classpath, scratch.resolve("test-classes"));
            }
            return errors;
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static String compile(JavaCompiler javac, Path root, Path sources, List<String> classpath, Path output) {
        List<Path> files = javaFiles(sources);
        if (files.isEmpty()) {
            return "";
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, null)) {
            Files.createDirectories(output);
            List<String> options = List.of("-proc:none", "-nowarn", "-encoding", "UTF-8", "-d", output.toString(),
                    "-classpath", String.join(File.pathSeparator, classpath));
            javac.getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromPaths(files))
                    .call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR).toList();
        return format(root, errors);
    }

    /** Like javac prints them: {@code path:line: error: message}, the line, a caret under the spot. */
    static String format(Path root, List<Diagnostic<? extends JavaFileObject>> errors) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> error : errors.subList(0, Math.min(errors.size(), MAX_ERRORS))) {
            Path file = error.getSource() == null ? null : Path.of(error.getSource().toUri());
            String where = file == null ? "" : root.relativize(file).toString().replace('\\', '/') + ":" + error.getLineNumber() + ": ";
            out.append(where).append("error: ").append(error.getMessage(Locale.getDefault())).append('\n');
            if (file != null && error.getLineNumber() > 0) {
                String line = sourceLine(file, (int) error.getLineNumber());
                out.append("    ").append(line).append('\n');
                out.append("    ").append(" ".repeat((int) Math.max(0, error.getColumnNumber() - 1))).append("^\n");
            }
        }
        if (errors.size() > MAX_ERRORS) {
            out.append("(").append(errors.size() - MAX_ERRORS).append(" more errors: fix these first)\n");
        }
        return out.toString();
    }

    private static String sourceLine(Path file, int line) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.skip(line - 1L).findFirst().orElse("").replace('\t', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static List<Path> javaFiles(Path sources) {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createScratch() {
        try {
            return Files.createTempDirectory("classroom-compile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left behind in the temp directory does no harm
        }
    }
}
