package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MutationsTest {

    /** Four mutants as PIT 1.30 writes them: two in Echo.echo (lines 12 to 20), two elsewhere. */
    private static final String REPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <mutations partial="true">
            <mutation detected='true' status='KILLED' numberOfTestsRun='3'><sourceFile>Echo.java</sourceFile><mutatedClass>demo.net.Echo</mutatedClass><mutatedMethod>echo</mutatedMethod><methodDescription>(Ljava/io/InputStream;)V</methodDescription><lineNumber>14</lineNumber><mutator>org.pitest.mutationtest.engine.gregor.mutators.NegateConditionalsMutator</mutator><indexes><index>9</index></indexes><blocks><block>1</block></blocks><killingTest>demo.EchoTest.[method:echoes()]</killingTest><description>negated conditional</description></mutation>
            <mutation detected='false' status='SURVIVED' numberOfTestsRun='3'><sourceFile>Echo.java</sourceFile><mutatedClass>demo.net.Echo</mutatedClass><mutatedMethod>lambda$echo$0</mutatedMethod><methodDescription>()V</methodDescription><lineNumber>16</lineNumber><mutator>org.pitest.mutationtest.engine.gregor.mutators.VoidMethodCallMutator</mutator><indexes><index>4</index></indexes><blocks><block>2</block></blocks><killingTest/><description>removed call to java/io/OutputStream::flush</description></mutation>
            <mutation detected='false' status='NO_COVERAGE' numberOfTestsRun='0'><sourceFile>Echo.java</sourceFile><mutatedClass>demo.net.Echo</mutatedClass><mutatedMethod>handle</mutatedMethod><methodDescription>()V</methodDescription><lineNumber>8</lineNumber><mutator>x</mutator><killingTest/><description>removed call to demo/net/Echo::echo</description></mutation>
            <mutation detected='true' status='TIMED_OUT' numberOfTestsRun='1'><sourceFile>Other.java</sourceFile><mutatedClass>demo.net.Other</mutatedClass><mutatedMethod>run</mutatedMethod><methodDescription>()V</methodDescription><lineNumber>14</lineNumber><mutator>x</mutator><killingTest/><description>removed conditional</description></mutation>
            </mutations>
            """;

    private final List<Mutant> mutants = MutationReport.parse(REPORT);

    @Test
    void readsFileLineDescriptionAndWhetherATestNoticed() {
        assertThat(mutants).containsExactly(
                new Mutant("demo/net/Echo.java", 14, "negated conditional", true),
                new Mutant("demo/net/Echo.java", 16, "removed call to java/io/OutputStream::flush", false),
                new Mutant("demo/net/Echo.java", 8, "removed call to demo/net/Echo::echo", false),
                new Mutant("demo/net/Other.java", 14, "removed conditional", true));
    }

    @Test
    void anExerciseHoldsTheMutantsBetweenItsMarkerAndItsClosingBraceInItsOwnFile() {
        Marker marker = new Marker("1.3", "step1/src/main/java/demo/net/Echo.java", 11);

        ExerciseMutants exercise = ExerciseMutants.of(marker, "echo", "demo/net/Echo.java", 20, mutants);

        assertThat(exercise.method()).isEqualTo("Echo.echo");
        assertThat(exercise.mutants()).extracting(Mutant::line).containsExactly(14, 16);
        assertThat(Mutations.score(exercise.mutants())).isEqualTo(50);
    }

    @Test
    void theTableShowsTheModuleEachExerciseAndEverySurvivorInIt() {
        Marker marker = new Marker("1.3", "step1/src/main/java/demo/net/Echo.java", 11);
        ExerciseMutants exercise = ExerciseMutants.of(marker, "echo", "demo/net/Echo.java", 20, mutants);

        String table = Mutations.table("step1-socket", mutants, List.of(exercise));

        assertThat(table.lines()).containsExactly(
                "step1-socket              2/4    killed  50%",
                "  1.3   Echo.echo                         1/2    killed  50%",
                "        survived: line 16, removed call to java/io/OutputStream::flush");
    }

    @Test
    void scoresRoundDownSoThatAlmostIsNotEnough() {
        assertThat(Mutations.score(mutants(19, 20))).isEqualTo(95);
        assertThat(Mutations.score(mutants(18, 19))).as("94.7 %").isEqualTo(94);
        assertThat(Mutations.score(List.of())).as("no mutants, nothing survived").isEqualTo(100);
    }

    private static List<Mutant> mutants(int killed, int total) {
        return java.util.stream.IntStream.rangeClosed(1, total)
                .mapToObj(line -> new Mutant("A.java", line, "x", line <= killed))
                .toList();
    }
}
