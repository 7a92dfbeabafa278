package httpfromscratch.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The class `mvn exec:java` runs when Maven runs on a JDK older than 21 (see the parent pom). */
class NeedsJava21Test {

    /** Java 8's class file version: what every JDK that runs Maven 3 can load. */
    private static final int JAVA_8 = 52;

    @Test
    void isCompiledSoThatAJdkOlderThan21CanLoadIt() throws IOException {
        try (InputStream in = NeedsJava21.class.getResourceAsStream("NeedsJava21.class");
                DataInputStream classFile = new DataInputStream(in)) {
            classFile.readInt(); // 0xCAFEBABE
            classFile.readUnsignedShort(); // minor version
            assertThat(classFile.readUnsignedShort()).as("major version").isEqualTo(JAVA_8);
        }
    }

    @Test
    void saysWhatToDoInOneLineAndFails() throws IOException, InterruptedException, URISyntaxException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path classes = Path.of(NeedsJava21.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process process = new ProcessBuilder(java, "-cp", classes.toString(), NeedsJava21.class.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String printed = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as("exit status").isEqualTo(1);
        assertThat(printed.lines()).singleElement().asString()
                .startsWith("This server needs Java 21 or newer, but Maven runs on Java " + Runtime.version().feature())
                .contains("run ./mvnw instead", "set JAVA_HOME to a JDK 21+");
    }
}
