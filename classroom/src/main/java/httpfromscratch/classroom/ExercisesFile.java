package httpfromscratch.classroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workspace's {@code classroom/exercises.json}, written by the generator: the steps, the
 * exercises blanked in this workspace (title, hints, chapter anchor, where the method is) and, for
 * each, the tests that fail without it. The board and the grader read it; nobody edits it by hand.
 */
record ExercisesFile(String course, List<Step> steps, List<Exercise> exercises, Map<String, List<String>> tests) {

    static final String PATH = "classroom/exercises.json";

    static ExercisesFile readFrom(Path workspace) {
        Path file = workspace.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            throw new ClassroomException(workspace + " has no " + PATH + ": is it a generated workspace?");
        }
        return fromJson(Json.parseObject(Course.read(file)));
    }

    void writeTo(Path workspace) {
        Course.write(workspace.resolve(PATH), Json.write(toJson()));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("course", course);
        json.put("about", "Written by the classroom generator: the exercises blanked in this workspace,"
                + " and for each the tests that fail until it is written. The progress board reads it.");
        json.put("steps", steps.stream().map(ExercisesFile::stepJson).toList());
        json.put("exercises", exercises.stream().map(exercise -> exerciseJson(exercise, tests.get(exercise.id()))).toList());
        return json;
    }

    private static Map<String, Object> stepJson(Step step) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", step.number());
        json.put("module", step.module());
        json.put("name", step.name());
        json.put("chapter", step.chapter().orElse(null));
        return json;
    }

    private static Map<String, Object> exerciseJson(Exercise exercise, List<String> tests) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", exercise.id());
        json.put("step", exercise.step());
        json.put("title", exercise.title());
        json.put("task", exercise.task());
        json.put("hints", exercise.hints());
        json.put("chapter", exercise.chapter());
        json.put("anchor", exercise.anchor());
        json.put("source", exercise.source());
        json.put("method", exercise.method());
        json.put("tests", tests == null ? List.of() : tests);
        return json;
    }

    @SuppressWarnings("unchecked")
    static ExercisesFile fromJson(Map<String, Object> json) {
        List<Step> steps = new ArrayList<>();
        for (Object item : (List<Object>) json.get("steps")) {
            Map<String, Object> step = (Map<String, Object>) item;
            steps.add(new Step(((Number) step.get("number")).intValue(), (String) step.get("module"),
                    (String) step.get("name"), Optional.ofNullable((String) step.get("chapter"))));
        }
        List<Exercise> exercises = new ArrayList<>();
        Map<String, List<String>> tests = new LinkedHashMap<>();
        for (Object item : (List<Object>) json.get("exercises")) {
            Map<String, Object> exercise = (Map<String, Object>) item;
            String id = (String) exercise.get("id");
            exercises.add(new Exercise(id, ((Number) exercise.get("step")).intValue(), (String) exercise.get("title"),
                    (String) exercise.get("task"), strings(exercise.get("hints")), (String) exercise.get("chapter"),
                    (String) exercise.get("anchor"), (String) exercise.get("source"), 0, (String) exercise.get("method")));
            tests.put(id, strings(exercise.get("tests")));
        }
        return new ExercisesFile((String) json.get("course"), steps, exercises, tests);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null ? List.of() : List.copyOf((List<String>) list);
    }
}
