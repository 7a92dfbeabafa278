package httpfromscratch.classroom;

/**
 * How one test went.
 *
 * @param id      {@code httpfromscratch.http.RequestLineTest#parsesAValidLine}: class, {@code #}, test
 *                name as the report gives it (a parameterized case ends in {@code [3]})
 * @param outcome passed, failed (an assertion or an exception) or skipped
 * @param message the failure's message, as the test's assertion wrote it; empty when it passed
 * @param output  the failure's stack trace and what the test printed: where a blank's message shows
 *                up when the test only saw its effect (a server that closed the connection, say)
 */
record TestResult(String id, Outcome outcome, String message, String output) {

    enum Outcome { PASSED, FAILED, SKIPPED }

    /** A skipped test (a missing tool, an assumption) holds nobody back. */
    boolean ok() {
        return outcome != Outcome.FAILED;
    }

    /** "RequestLineTest > parsesAValidLine": the id as a person reads it. */
    String shortName() {
        int hash = id.indexOf('#');
        String className = id.substring(0, hash);
        return className.substring(className.lastIndexOf('.') + 1) + " > " + id.substring(hash + 1);
    }
}
