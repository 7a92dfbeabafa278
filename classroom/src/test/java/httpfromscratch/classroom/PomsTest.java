package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PomsTest {

    private static final String PARENT = """
            <project>
              <artifactId>course</artifactId>
              <name>The course</name>
              <!-- steps -->
              <modules>
                <module>step1-demo</module>
                <module>docs</module>
              </modules>
            </project>
            """;

    private static final String STEP = """
            <project>
              <parent>
                <artifactId>course</artifactId>
              </parent>
              <artifactId>step2-more</artifactId>
              <name>Step 2: more</name>
              <dependencies>
                <dependency>
                  <groupId>${project.groupId}</groupId>
                  <artifactId>step1-demo</artifactId>
                </dependency>
                <dependency>
                  <groupId>tools.jackson.core</groupId>
                  <artifactId>jackson-databind</artifactId>
                </dependency>
                <dependency>
                  <groupId>org.example</groupId>
                  <artifactId>only-for-tests</artifactId>
                  <scope>test</scope>
                </dependency>
              </dependencies>
            </project>
            """;

    @Test
    void replacesTheModuleListKeepingTheRest() {
        assertThat(Poms.withModules(PARENT, List.of("step1-demo", "classroom"))).isEqualTo("""
                <project>
                  <artifactId>course</artifactId>
                  <name>The course</name>
                  <!-- steps -->
                  <modules>
                    <module>step1-demo</module>
                    <module>classroom</module>
                  </modules>
                </project>
                """);
    }

    @Test
    void renamesTheModuleNotItsParent() {
        String renamed = Poms.withArtifactId(STEP, "step2-more-exercise-2.1");

        assertThat(renamed).contains("<parent>\n    <artifactId>course</artifactId>")
                .contains("<artifactId>step2-more-exercise-2.1</artifactId>\n  <name>");
    }

    @Test
    void readsTheProjectsOwnCoordinatesNotItsParents() {
        String module = "<project><parent><groupId>p</groupId><version>1</version></parent>"
                + "<artifactId>m</artifactId><version>2</version></project>";

        assertThat(Poms.own(module, "version")).isEqualTo("2");
        assertThat(Poms.own(PARENT, "artifactId")).isEqualTo("course");
        assertThat(Poms.withVersion(module, "1", "1-x")).contains("<version>1-x</version></parent>");
    }

    @Test
    void readsTheNameAndTheLibrariesButNotEarlierStepsOrTestOnlyOnes() {
        assertThat(Poms.name(STEP)).isEqualTo("Step 2: more");
        assertThat(Poms.libraries(STEP)).singleElement().asString().contains("jackson-databind");
    }

    @Test
    void namesALibraryByItsGroupIdAndArtifactIdWhateverItsLayout() {
        assertThat(Poms.coordinates(Poms.libraries(STEP).getFirst())).isEqualTo("tools.jackson.core:jackson-databind");
        assertThat(Poms.coordinates("<dependency>\n  <artifactId> b </artifactId><groupId>a</groupId>\n</dependency>"))
                .isEqualTo("a:b");
    }
}
