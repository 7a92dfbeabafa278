package httpfromscratch.tester;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 5, unit = TimeUnit.SECONDS)
class BytesTest {

    @Test
    void showsLineEndsAndControlBytesEscapedOneLineEach() {
        assertThat(Bytes.show(Bytes.ascii("HTTP/1.1 200 OK\r\nX: a\tb\u0000\r\n\r\n"))).isEqualTo(String.join("\n",
                "  | HTTP/1.1 200 OK\\r\\n",
                "  | X: a\\tb\\x00\\r\\n",
                "  | \\r\\n"));
    }

    @Test
    void marksTheFirstWrongByteUnderItsLine() {
        String shown = Bytes.show(Bytes.ascii("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"), 9, "first wrong byte");

        assertThat(shown).isEqualTo(String.join("\n",
                "  | HTTP/1.1 404 Not Found\\r\\n",
                "             ^ first wrong byte",
                "  | Content-Length: 0\\r\\n",
                "  | \\r\\n"));
    }

    @Test
    void marksWhereSomethingIsMissingAfterTheLastByte() {
        String shown = Bytes.show(Bytes.ascii("HTTP/1.1 200 OK\r\n"), 17, "here, something is missing");

        assertThat(shown).isEqualTo(String.join("\n",
                "  | HTTP/1.1 200 OK\\r\\n",
                "  | ",
                "    ^ here, something is missing"));
    }

    @Test
    void marksAByteFarIntoALongResponseWithTheLinesAroundIt() {
        byte[] bytes = Bytes.ascii("a".repeat(5000) + "\nwrong here\n");

        String shown = Bytes.show(bytes, 5001, "first wrong byte");

        assertThat(shown).contains("bytes before").contains("  | wrong here\\n\n    ^ first wrong byte");
    }

    @Test
    void escapesNonAsciiBytesAsHex() {
        assertThat(Bytes.escape((byte) 0xC3)).isEqualTo("\\xC3");
        assertThat(Bytes.escape((byte) 0x7F)).isEqualTo("\\x7F");
        assertThat(Bytes.escape((byte) '\\')).isEqualTo("\\\\");
    }

    @Test
    void findsTheFirstDifferenceFromAnOffset() {
        byte[] actual = Bytes.ascii("HTTP/1.1 200 OK");

        assertThat(Bytes.firstDifference(actual, 0, Bytes.ascii("HTTP/1.1 404"))).isEqualTo(9);
        assertThat(Bytes.firstDifference(actual, 0, Bytes.ascii("HTTP/1.1 200"))).isEqualTo(-1);
        assertThat(Bytes.firstDifference(actual, 9, Bytes.ascii("200 OK and more"))).isEqualTo(15);
    }
}
