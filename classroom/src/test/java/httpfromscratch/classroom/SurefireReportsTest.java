package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.classroom.TestResult.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurefireReportsTest {

    private static final String REPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="demo.EchoTest" tests="3" failures="1" errors="1" skipped="1">
              <testcase name="echoesText" classname="demo.EchoTest" time="0.1">
                <failure message="&#10;expected: &quot;hello&quot;&#10; but was: &quot;&quot;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError:
            expected: "hello"
             but was: ""
            	at demo.EchoTest.echoesText(EchoTest.java:35)]]></failure>
                <system-err><![CDATA[connection ended: java.lang.UnsupportedOperationException: Exercise 1.3 (Echo) is yours to write]]></system-err>
              </testcase>
              <testcase name="rejects(String)[2]" classname="demo.EchoTest" time="0">
                <error type="java.lang.UnsupportedOperationException"><![CDATA[java.lang.UnsupportedOperationException: Exercise 1.2 (Accept) is yours to write
            	at demo.X.y(X.java:1)]]></error>
              </testcase>
              <testcase name="needsNc" classname="demo.EchoTest" time="0"><skipped message="nc is not installed"/></testcase>
              <testcase name="passes" classname="demo.EchoTest" time="0"/>
            </testsuite>
            """;

    @Test
    void readsOutcomesMessagesAndWhatTheTestPrinted(@TempDir Path reports) throws IOException {
        Files.writeString(reports.resolve("TEST-demo.EchoTest.xml"), REPORT);

        List<TestResult> results = SurefireReports.read(reports, Instant.EPOCH);

        assertThat(results).extracting(TestResult::id).containsExactly("demo.EchoTest#echoesText",
                "demo.EchoTest#rejects(String)[2]", "demo.EchoTest#needsNc", "demo.EchoTest#passes");
        assertThat(results).extracting(TestResult::outcome)
                .containsExactly(Outcome.FAILED, Outcome.FAILED, Outcome.SKIPPED, Outcome.PASSED);
        assertThat(results.get(0).message()).isEqualTo("\nexpected: \"hello\"\n but was: \"\"");
        assertThat(Blanker.exercisesNamedIn(results.get(0).output())).containsExactly("1.3");
        assertThat(results.get(1).message()).startsWith("java.lang.UnsupportedOperationException: Exercise 1.2");
        assertThat(results.get(2).ok()).isTrue();
    }

    @Test
    void ignoresReportsOfAnEarlierBuild(@TempDir Path reports) throws IOException {
        Path old = reports.resolve("TEST-demo.OldTest.xml");
        Files.writeString(old, REPORT.replace("demo.EchoTest", "demo.OldTest"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.writeString(reports.resolve("TEST-demo.EchoTest.xml"), REPORT);

        List<TestResult> results = SurefireReports.read(reports, Instant.now().minusSeconds(60));

        assertThat(results).extracting(TestResult::id).allMatch(id -> id.startsWith("demo.EchoTest#"));
        assertThat(SurefireReports.read(reports.resolve("missing"), Instant.EPOCH)).isEmpty();
    }
}
