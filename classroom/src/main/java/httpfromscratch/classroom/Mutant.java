package httpfromscratch.classroom;

/**
 * One change PIT made to the compiled code, and whether a test noticed it.
 *
 * @param file        the source file, relative to its module's {@code src/main/java}
 * @param line        the 1-based line PIT changed
 * @param description what it changed, in PIT's words ("negated conditional")
 * @param killed      whether at least one test failed (or timed out) on the changed code
 */
record Mutant(String file, int line, String description, boolean killed) {
}
