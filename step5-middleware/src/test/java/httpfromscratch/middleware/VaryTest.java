package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.Headers;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import org.junit.jupiter.api.Test;

class VaryTest {

    private static HttpResponse withVary(String... values) {
        Headers headers = Headers.empty();
        for (String value : values) {
            headers = headers.with("Vary", value);
        }
        return HttpResponse.empty(Status.OK).withHeaders(headers);
    }

    @Test
    void addsTheFirstName() {
        assertThat(Vary.add(withVary(), "Origin").headers().all("Vary")).containsExactly("Origin");
    }

    @Test
    void mergesEveryVaryFieldIntoOne() {
        HttpResponse response = Vary.add(withVary("Cookie", "Accept-Language, Origin"), "Accept-Encoding");

        assertThat(response.headers().all("Vary")).containsExactly("Cookie, Accept-Language, Origin, Accept-Encoding");
    }

    @Test
    void addsANameOnlyOnceWhateverItsCase() {
        HttpResponse response = Vary.add(withVary("origin"), "Origin");

        assertThat(response.headers().all("Vary")).containsExactly("origin");
    }

    @Test
    void leavesAStarAlone() {
        HttpResponse response = Vary.add(withVary("*"), "Origin");

        assertThat(response.headers().all("Vary")).containsExactly("*");
    }
}
