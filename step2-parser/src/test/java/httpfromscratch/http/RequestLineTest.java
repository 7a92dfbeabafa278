package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code method SP request-target SP HTTP-version} (RFC 9112 §3). */
class RequestLineTest {

    @Test
    void splitsMethodTargetAndVersion() {
        assertThat(RequestLine.parse("GET /a/b?c=d HTTP/1.1"))
                .isEqualTo(new RequestLine("GET", "/a/b?c=d", "HTTP/1.1"));
    }

    @Test
    void keepsTheTargetUndecoded() {
        assertThat(RequestLine.parse("GET /a%20b?q=x+y HTTP/1.0").target()).isEqualTo("/a%20b?q=x+y");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "DELETE", "M-SEARCH", "get", "X_CUSTOM.1", "!#$%&'*+-.^_`|~"})
    void acceptsAnyTokenAsMethod(String method) {
        assertThat(RequestLine.parse(method + " / HTTP/1.1").method()).isEqualTo(method);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/1.1", "HTTP/1.0"})
    void acceptsHttp11AndHttp10(String version) {
        assertThat(RequestLine.parse("GET / " + version).version()).isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/1.2", "HTTP/1.5", "HTTP/1.9"})
    void processesALaterHttp1MinorVersionAsHttp11(String version) {
        assertThat(RequestLine.parse("GET / " + version).version()).as("RFC 9110 §2.5").isEqualTo("HTTP/1.1");
    }

    @ParameterizedTest
    @MethodSource
    void rejectsVersion(String version, int status) {
        String line = "GET / " + version;
        assertThatThrownBy(() -> RequestLine.parse(line))
                .as(Wire.escape(line))
                .isInstanceOfSatisfying(HttpException.class, e -> {
                    assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
                    assertThat(e.getMessage()).contains(status == 505 ? "only HTTP/1.0 and HTTP/1.1" : "got '" + version + "'");
                });
    }

    static Stream<Arguments> rejectsVersion() {
        return Stream.of(
                argumentSet("HTTP/2.0 is well formed but unsupported", "HTTP/2.0", 505),
                argumentSet("HTTP/2 is how HTTP/2 names itself", "HTTP/2", 505),
                argumentSet("HTTP/3 is how HTTP/3 names itself", "HTTP/3", 505),
                argumentSet("HTTP/0.9", "HTTP/0.9", 505),
                argumentSet("lower case", "http/1.1", 400),
                argumentSet("HTTP/1 lacks its minor version", "HTTP/1", 400),
                argumentSet("HTTP/0 lacks its minor version", "HTTP/0", 400),
                argumentSet("letters", "HTTP/x.y", 400),
                argumentSet("two-digit minor", "HTTP/1.10", 400),
                argumentSet("no slash", "HTTP1.1", 400),
                argumentSet("trailing dot", "HTTP/1.", 400),
                argumentSet("something else", "FTP/1.1", 400));
    }
}
