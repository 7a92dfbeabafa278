package httpfromscratch.classroom;

/**
 * Something a teacher or a course author must fix: a marker without a chapter entry, an exercise
 * that no test notices, a workspace that does not compile. The message says what and where; the
 * commands print it and exit, without a stack trace.
 */
final class ClassroomException extends RuntimeException {

    ClassroomException(String message) {
        super(message);
    }
}
