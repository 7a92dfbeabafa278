package httpfromscratch.socket;

/**
 * What {@code mvn -pl stepN-… exec:java} runs instead of the step's {@code main} when Maven itself
 * runs on a JDK older than 21 (the parent pom's {@code java-older-than-21} profile). The steps are
 * compiled for Java 21, and an older JVM refuses their classes with "class file version 65.0 … only
 * recognizes up to 61.0". This class is compiled for Java 8 (from its own source folder), so any
 * JVM that runs Maven can load it, and say instead what to do.
 */
public final class NeedsJava21 {

    private NeedsJava21() {
    }

    public static void main(String[] args) {
        System.err.println("This server needs Java 21 or newer, but Maven runs on Java "
                + System.getProperty("java.specification.version")
                + ": run ./mvnw instead (it finds an installed JDK 21+), or set JAVA_HOME to a JDK 21+.");
        // An exception would end the same way, under a stack trace that hides the sentence.
        System.exit(1);
    }
}
