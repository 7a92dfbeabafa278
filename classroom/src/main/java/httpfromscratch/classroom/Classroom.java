package httpfromscratch.classroom;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The classroom's commands. In the course repository, {@code classroom/run …} runs them (it is
 * {@code ./mvnw -q -f classroom/pom.xml compile exec:java -Dexec.args="…"}):
 *
 * <pre>
 * generate &lt;folder&gt; [--from-step N] [--only 2.1,3.2]   write a student workspace
 * prove                                              the two-way proof CI runs
 * mutation                                           mutants killed per module and per exercise
 * grade &lt;workspace&gt; [--out report]                   write report.json and report.md
 * </pre>
 *
 * In a workspace, its build runs {@code board} after the tests, and {@code watch} re-runs them on
 * every change.
 */
public final class Classroom {

    private static final String USAGE = """
            usage, from the course repository:
              classroom/run generate <folder> [--from-step N] [--only 2.1,3.2]
              classroom/run prove
              classroom/run mutation   (after ./mvnw -Pmutation verify)
              classroom/run grade <workspace> [--out report]
            (see docs/classroom.md)""";

    private Classroom() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        try {
            run(new ArrayList<>(Arrays.asList(args)));
        } catch (ClassroomException e) {
            System.err.println();
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static void run(List<String> args) throws IOException, InterruptedException {
        String command = args.isEmpty() ? "" : args.removeFirst();
        switch (command) {
            case "generate" -> Generate.run(course(), Path.of(argument(args, "the workspace folder")),
                    Integer.parseInt(option(args, "--from-step", "1")), ids(option(args, "--only", "")));
            case "prove" -> Proof.run(course());
            case "mutation" -> Mutations.run(course());
            case "grade" -> Grade.run(course(), Path.of(argument(args, "the workspace to grade")),
                    Path.of(option(args, "--out", "report")));
            case "board" -> Board.show(Path.of(argument(args, "the workspace")),
                    Instant.parse(argument(args, "the build's start time")), Boolean.parseBoolean(option(args, "--grading", "false")));
            case "watch" -> {
                Path workspace = Path.of(argument(args, "the workspace")).toAbsolutePath().normalize();
                Watch.run(workspace, ExercisesFile.readFrom(workspace).steps());
            }
            default -> throw new ClassroomException(USAGE);
        }
        if (!args.isEmpty()) {
            throw new ClassroomException("unexpected " + args + "\n" + USAGE);
        }
    }

    /** The course repository: where this module's pom says it is, else the current folder. */
    private static Course course() {
        return Course.at(Path.of(System.getProperty("classroom.repository", ".")).toAbsolutePath().normalize());
    }

    private static String argument(List<String> args, String what) {
        if (args.isEmpty() || args.getFirst().startsWith("--")) {
            throw new ClassroomException("missing " + what + "\n" + USAGE);
        }
        return args.removeFirst();
    }

    /** Removes {@code --name value} from {@code args} and returns the value, or {@code otherwise}. */
    private static String option(List<String> args, String name, String otherwise) {
        int at = args.indexOf(name);
        if (at < 0) {
            return otherwise;
        }
        if (at + 1 >= args.size()) {
            throw new ClassroomException(name + " needs a value\n" + USAGE);
        }
        args.remove(at);
        return args.remove(at);
    }

    private static Set<String> ids(String list) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : list.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids;
    }
}
