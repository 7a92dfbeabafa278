package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The little curl: what it sends for a URL, and how it shows a response. */
class FetchTest {

    @ParameterizedTest
    @CsvSource({
        "http://localhost:8080,                      /",
        "http://localhost:8080/,                     /",
        "http://localhost:8080/hello,                /hello",
        "http://localhost:8080/caf%C3%A9?q=a+b&q=%2F, /caf%C3%A9?q=a+b&q=%2F",
        "http://localhost:8080/a/../b?,              /a/../b?"})
    void sendsThePathAndQueryExactlyAsTyped(String url, String target) {
        assertThat(Fetch.target(URI.create(url))).isEqualTo(target);
    }

    @Test
    void showsTheHeadAsItCame() {
        ClientResponse response = new ClientResponse("HTTP/1.1", 404, "Not Found",
                Headers.of("Content-Length", "0", "set-cookie", "a=1"), new byte[0]);

        assertThat(Fetch.head(response)).isEqualTo("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nset-cookie: a=1\r\n\r\n");
    }
}
