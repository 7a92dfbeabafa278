package httpfromscratch.classroom;

import httpfromscratch.classroom.TestResult.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the {@code TEST-*.xml} files Maven Surefire writes to {@code target/surefire-reports}: one
 * per test class, one {@code <testcase>} per test, with a {@code <failure>} or {@code <error>} child
 * when it failed and {@code <system-out>}/{@code <system-err>} for what it printed.
 */
final class SurefireReports {

    /** File times may be rounded to the second; a report this close to the build's start still counts. */
    private static final long CLOCK_SLACK_MILLIS = 1000;

    private SurefireReports() {
    }

    /**
     * The results in {@code reports} written at or after {@code notBefore}: reports left over from
     * an earlier build (a step that did not run this time) are not this build's results.
     */
    static List<TestResult> read(Path reports, Instant notBefore) {
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        List<TestResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.filter(SurefireReports::isReport).sorted().toList()) {
                if (Files.getLastModifiedTime(file).toMillis() >= notBefore.toEpochMilli() - CLOCK_SLACK_MILLIS) {
                    results.addAll(parse(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml");
    }

    static List<TestResult> parse(Path file) {
        try {
            NodeList testCases = newBuilder().parse(file.toFile()).getElementsByTagName("testcase");
            List<TestResult> results = new ArrayList<>();
            for (int i = 0; i < testCases.getLength(); i++) {
                results.add(result((Element) testCases.item(i)));
            }
            return results;
        } catch (SAXException | IOException e) {
            throw new ClassroomException("cannot read the test report " + file + ": " + e.getMessage());
        }
    }

    private static TestResult result(Element testCase) {
        String id = testCase.getAttribute("classname") + "#" + testCase.getAttribute("name");
        Element failure = child(testCase, "failure");
        if (failure == null) {
            failure = child(testCase, "error");
        }
        if (failure != null) {
            String message = failure.getAttribute("message");
            String trace = failure.getTextContent();
            String output = trace + "\n" + text(testCase, "system-out") + "\n" + text(testCase, "system-err");
            return new TestResult(id, Outcome.FAILED, message.isBlank() ? firstLine(trace) : message, output);
        }
        Outcome outcome = child(testCase, "skipped") != null ? Outcome.SKIPPED : Outcome.PASSED;
        return new TestResult(id, outcome, "", "");
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? "" : child.getTextContent();
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Reports are plain XML; refusing DOCTYPEs keeps a crafted file from reading other files.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
