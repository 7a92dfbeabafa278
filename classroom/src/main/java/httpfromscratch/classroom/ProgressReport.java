package httpfromscratch.classroom;

import httpfromscratch.classroom.Progress.ExerciseStatus;
import httpfromscratch.classroom.Progress.StepStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The board as files a teacher can collect: {@code progress.json} for programs, {@code progress.md}
 * for people. The grader copies them to its report; the board writes them on every run.
 */
final class ProgressReport {

    private ProgressReport() {
    }

    static Map<String, Object> json(String workspace, Progress progress) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("workspace", workspace);
        json.put("exercisesDone", progress.exercisesDone());
        json.put("exercisesTotal", progress.exercises().size());
        json.put("stepsDone", progress.stepsDone());
        json.put("stepsTotal", progress.steps().size());
        json.put("steps", progress.steps().stream().map(status -> stepJson(status, progress)).toList());
        json.put("exercises", progress.exercises().stream().map(ProgressReport::exerciseJson).toList());
        return json;
    }

    private static Map<String, Object> stepJson(StepStatus status, Progress progress) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", status.step().number());
        json.put("module", status.step().module());
        json.put("name", status.step().name());
        json.put("state", name(status.state()));
        json.put("summary", BoardText.stepState(status, progress));
        json.put("testsPassed", status.passed());
        json.put("testsTotal", status.total());
        json.put("failingTests", status.failing().stream().map(TestResult::id).toList());
        if (!status.run().compileErrors().isEmpty()) {
            json.put("compileErrors", status.run().compileErrors());
        }
        return json;
    }

    private static Map<String, Object> exerciseJson(ExerciseStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", status.exercise().id());
        json.put("title", status.exercise().title());
        json.put("step", status.exercise().step());
        json.put("state", name(status.state()));
        json.put("waitingFor", status.waitingFor());
        List<Map<String, Object>> failing = new ArrayList<>();
        for (TestResult result : status.failing()) {
            Map<String, Object> test = new LinkedHashMap<>();
            test.put("test", result.id());
            test.put("message", result.message().strip());
            failing.add(test);
        }
        json.put("failingTests", failing);
        json.put("chapter", status.exercise().link());
        return json;
    }

    static String markdown(String workspace, Progress progress) {
        StringBuilder md = new StringBuilder();
        md.append("# Progress of ").append(workspace).append("\n\n");
        md.append("**").append(progress.exercisesDone()).append(" of ").append(progress.exercises().size())
                .append(" exercises done, ").append(progress.stepsDone()).append(" of ").append(progress.steps().size())
                .append(" steps done.**\n\n");
        md.append("| Step | State | Tests passing |\n| --- | --- | --- |\n");
        for (StepStatus status : progress.steps()) {
            md.append("| ").append(cell(status.step().name())).append(" | ")
                    .append(cell(BoardText.stepState(status, progress))).append(" | ")
                    .append(status.total() == 0 ? "" : status.passed() + " of " + status.total()).append(" |\n");
        }
        md.append("\n| Exercise | State | First failing test |\n| --- | --- | --- |\n");
        for (ExerciseStatus status : progress.exercises()) {
            String failing = status.telling().map(result -> "`" + result.shortName() + "`: "
                    + result.message().strip().lines().findFirst().orElse("")).orElse("");
            md.append("| ").append(status.exercise().id()).append(" ").append(cell(status.exercise().title()))
                    .append(" | ").append(name(status.state()).replace('-', ' '))
                    .append(status.waitingFor().isEmpty() ? "" : " (needs " + String.join(", ", status.waitingFor()) + ")")
                    .append(" | ").append(cell(failing)).append(" |\n");
        }
        return md.toString();
    }

    /** NOT_YET → not-yet: the states as the JSON spells them. */
    private static String name(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
