package httpfromscratch.routing;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpException;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import java.io.IOException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class DemoRoutesTest {

    private final Router router = DemoRoutes.create();

    @Test
    void welcomePageIsHtmlLinkingTheOtherRoutes() throws IOException {
        HttpResponse response = router.handle(HttpRequest.of("GET", "/"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.bodyText()).contains("href=\"/about\"", "href=\"/echo?msg=hello\"", "href=\"/user/ada\"");
    }

    @Test
    void aboutIsPlainText() throws IOException {
        HttpResponse response = router.handle(HttpRequest.of("GET", "/about"));

        assertThat(response.headers().first("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(response.bodyText()).contains("HTTP/1.1 server");
    }

    @Test
    void echoAnswersWithExactlyTheMessage() throws IOException {
        assertThat(router.handle(HttpRequest.of("GET", "/echo?msg=hello")).bodyText()).isEqualTo("hello");
    }

    @Test
    void echoDecodesTheMessage() throws IOException {
        assertThat(router.handle(HttpRequest.of("GET", "/echo?msg=hello+world%21")).bodyText()).isEqualTo("hello world!");
    }

    @Test
    void echoWithoutAMessageIsA400ThatKeepsTheConnection() {
        Assertions.assertThatThrownBy(() -> router.handle(HttpRequest.of("GET", "/echo")))
                .isInstanceOfSatisfying(HttpException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.closeConnection()).isFalse();
                    assertThat(e.getMessage()).contains("msg");
                });
    }

    @Test
    void userGreetsTheNameFromThePath() throws IOException {
        assertThat(router.handle(HttpRequest.of("GET", "/user/ada")).bodyText()).isEqualTo("Hello, ada!\n");
    }
}
