package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AccessLogTest {

    private final List<String> lines = new ArrayList<>();

    /** A clock that moves 2.5 ms each time it is read. */
    private final AtomicLong now = new AtomicLong();
    private final AccessLog accessLog = new AccessLog(lines::add, () -> now.getAndAdd(2_500_000));

    @Test
    void writesOneLineWithIdMethodTargetStatusBytesAndDuration() throws IOException {
        accessLog.wrap(request -> HttpResponse.text(Status.OK, "hello"))
                .handle(Requests.get("/echo?msg=hello", "X-Request-Id", "abc123"));

        assertThat(lines).containsExactly("abc123 GET /echo?msg=hello 200 5 bytes 2.5 ms");
    }

    @Test
    void logsTheStatusTheLayersInsideAnswered() throws IOException {
        accessLog.wrap(request -> HttpResponse.text(Status.UNAUTHORIZED, "no"))
                .handle(Requests.request("POST", "/api/data"));

        assertThat(lines).containsExactly("- POST /api/data 401 2 bytes 2.5 ms");
    }

    @Test
    void returnsTheResponseUnchanged() throws IOException {
        HttpResponse response = HttpResponse.text(Status.OK, "hello");

        assertThat(accessLog.wrap(request -> response).handle(Requests.get("/"))).isSameAs(response);
    }

    @Test
    void writesADecimalPointWhateverTheDefaultLocale() throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            accessLog.wrap(request -> HttpResponse.text(Status.OK, "")).handle(Requests.get("/"));
        } finally {
            Locale.setDefault(before);
        }
        assertThat(lines).singleElement().asString().endsWith(" 2.5 ms");
    }

    @Test
    void roundsTheDurationToATenthOfAMillisecond() {
        assertThat(AccessLog.millis(0)).isEqualTo("0.0");
        assertThat(AccessLog.millis(49_999)).isEqualTo("0.0");
        assertThat(AccessLog.millis(950_000)).isEqualTo("1.0");
        assertThat(AccessLog.millis(2_449_999)).isEqualTo("2.4");
        assertThat(AccessLog.millis(2_450_000)).isEqualTo("2.5");
        assertThat(AccessLog.millis(1_234_567_890)).isEqualTo("1234.6");
    }

    @Test
    void logsNothingForAnExceptionSoErrorHandlingBelongsInsideIt() {
        Handler failing = accessLog.wrap(request -> {
            throw new IllegalStateException("bug");
        });

        assertThatThrownBy(() -> failing.handle(Requests.get("/"))).isInstanceOf(IllegalStateException.class);
        assertThat(lines).isEmpty();
    }
}
