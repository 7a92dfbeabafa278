package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link HttpRequest} is an immutable value: nobody holding an array or a map can change it. */
class HttpRequestTest {

    @Test
    void copiesTheBodyItIsGiven() {
        byte[] body = Wire.bytes("original");
        HttpRequest request = HttpRequest.of("POST", "/", Headers.of("Host", "x"), body);

        body[0] = 'X';

        assertThat(request.bodyText()).isEqualTo("original");
    }

    @Test
    void returnsACopyOfTheBody() {
        HttpRequest request = HttpRequest.of("POST", "/", Headers.of("Host", "x"), Wire.bytes("original"));

        request.body()[0] = 'X';

        assertThat(request.bodyText()).isEqualTo("original");
        assertThat(request.body()).isNotSameAs(request.body());
    }

    @Test
    void withPathParametersReturnsACopyAndLeavesTheOriginal() {
        HttpRequest original = HttpRequest.of("GET", "/user/ada");
        Map<String, String> parameters = new HashMap<>(Map.of("name", "ada"));

        HttpRequest routed = original.withPathParameters(parameters);
        parameters.put("name", "changed");
        parameters.put("extra", "1");

        assertThat(routed.pathParameter("name")).hasValue("ada");
        assertThat(routed.pathParameters()).containsOnlyKeys("name");
        assertThat(original.pathParameters()).isEmpty();
        assertThat(original.pathParameter("name")).isEmpty();
        assertThat(routed.path()).isEqualTo(original.path());
        assertThat(routed.body()).isEqualTo(original.body());
    }

    @Test
    void withHeadersReturnsACopy() {
        HttpRequest original = HttpRequest.of("GET", "/");

        HttpRequest changed = original.withHeaders(original.headers().with("X-Request-Id", "1"));

        assertThat(changed.header("X-Request-Id")).hasValue("1");
        assertThat(original.header("X-Request-Id")).isEmpty();
    }

    @Test
    void copiesTheQueryItIsGiven() {
        List<String> values = new java.util.ArrayList<>(List.of("1"));
        Map<String, List<String>> query = new HashMap<>(Map.of("a", values));
        HttpRequest request = new HttpRequest("GET", "/?a=1", "/", query, "HTTP/1.1", Headers.of("Host", "x"),
                new byte[0], Map.of());

        values.add("2");
        query.put("b", List.of("3"));

        assertThat(request.query()).containsExactly(Map.entry("a", List.of("1")));
        assertThatThrownBy(() -> request.query().put("c", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ofParsesTheTarget() {
        HttpRequest request = HttpRequest.of("GET", "/echo?msg=hi%21");

        assertThat(request.path()).isEqualTo("/echo");
        assertThat(request.queryParameter("msg")).hasValue("hi!");
        assertThat(request.queryParameter("missing")).isEmpty();
        assertThat(request.version()).isEqualTo("HTTP/1.1");
        assertThat(request.header("host")).hasValue("localhost");
    }

    @Test
    void comparesBodiesByContent() {
        HttpRequest one = HttpRequest.of("POST", "/", Headers.of("Host", "x"), Wire.bytes("same"));
        HttpRequest two = HttpRequest.of("POST", "/", Headers.of("Host", "x"), Wire.bytes("same"));
        HttpRequest other = HttpRequest.of("POST", "/", Headers.of("Host", "x"), Wire.bytes("diff"));

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo(other);
    }

    @Test
    void decodesBodyTextAsUtf8() {
        HttpRequest request = HttpRequest.of("POST", "/", Headers.of("Host", "x"), Wire.utf8("héllo"));

        assertThat(request.bodyText()).isEqualTo("héllo");
        assertThat(request.bodyLength()).isEqualTo(6);
    }
}
