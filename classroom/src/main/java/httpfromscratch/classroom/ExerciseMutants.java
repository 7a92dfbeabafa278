package httpfromscratch.classroom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutants that fall inside one exercise method: from its marker line to its closing brace, so
 * a lambda written inside the method counts too.
 */
record ExerciseMutants(String id, String method, List<Mutant> mutants) {

    static List<ExerciseMutants> of(Course course, Step step, List<Mutant> mutants) {
        Path sources = step.mainSources(course.root());
        List<ExerciseMutants> exercises = new ArrayList<>();
        for (Marker marker : Marker.findIn(course, sources)) {
            JavaText source = new JavaText(Course.read(course.root().resolve(marker.file())));
            MethodBody body = MethodBody.below(source, marker.line());
            String file = sources.relativize(course.root().resolve(marker.file())).toString().replace('\\', '/');
            exercises.add(of(marker, body.name(), file, body.lastLine(source), mutants));
        }
        return exercises;
    }

    static ExerciseMutants of(Marker marker, String method, String file, int lastLine, List<Mutant> mutants) {
        String className = file.substring(file.lastIndexOf('/') + 1).replace(".java", "");
        List<Mutant> inside = mutants.stream()
                .filter(mutant -> mutant.file().equals(file))
                .filter(mutant -> mutant.line() > marker.line() && mutant.line() <= lastLine)
                .toList();
        return new ExerciseMutants(marker.id(), className + "." + method, inside);
    }
}
