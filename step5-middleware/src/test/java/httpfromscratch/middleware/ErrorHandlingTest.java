package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpException;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest {

    private final List<String> log = new ArrayList<>();
    private final ErrorHandling errorHandling = new ErrorHandling(log::add);

    private Handler throwing(Exception e) {
        return errorHandling.wrap(request -> {
            if (e instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e;
        });
    }

    @Test
    void turnsAnExceptionIntoA500WithAShortJsonBody() throws IOException {
        HttpResponse response = throwing(new IllegalStateException("password hunter2 rejected"))
                .handle(Requests.get("/boom"));

        assertThat(response.status()).isEqualTo(Status.INTERNAL_SERVER_ERROR);
        assertThat(response.headers().first("Content-Type")).contains("application/json");
        assertThat(response.bodyText()).isEqualTo(
                "{\"error\":\"Internal Server Error\",\"message\":\"internal server error\",\"path\":\"/boom\"}\n");
    }

    @Test
    void keepsTheExceptionAndStackTraceOutOfTheResponse() throws IOException {
        HttpResponse response = throwing(new IllegalStateException("password hunter2 rejected"))
                .handle(Requests.get("/boom"));

        assertThat(response.bodyText()).doesNotContain("hunter2", "IllegalStateException", "httpfromscratch");
    }

    @Test
    void logsTheStackTraceUnderTheRequestId() throws IOException {
        throwing(new IllegalStateException("password hunter2 rejected"))
                .handle(Requests.get("/boom?x=1", "X-Request-Id", "abc123"));

        assertThat(log).singleElement().asString()
                .startsWith("abc123 GET /boom?x=1 failed: java.lang.IllegalStateException: password hunter2 rejected")
                .contains("\tat httpfromscratch.middleware.ErrorHandlingTest");
    }

    @Test
    void turnsAnIOExceptionIntoA500Too() throws IOException {
        HttpResponse response = throwing(new IOException("disk on fire")).handle(Requests.get("/file"));

        assertThat(response.status()).isEqualTo(Status.INTERNAL_SERVER_ERROR);
        assertThat(log).singleElement().asString().contains("java.io.IOException: disk on fire");
    }

    @Test
    void givesAnHttpExceptionItsOwnStatusAndMessage() throws IOException {
        HttpResponse response = throwing(new HttpException(Status.BAD_REQUEST, "missing query parameter 'msg'", false))
                .handle(Requests.get("/echo"));

        assertThat(response.status()).isEqualTo(Status.BAD_REQUEST);
        assertThat(response.bodyText()).isEqualTo(
                "{\"error\":\"Bad Request\",\"message\":\"missing query parameter 'msg'\",\"path\":\"/echo\"}\n");
        assertThat(log).as("a chosen status is not a bug: nothing to log").isEmpty();
    }

    @Test
    void passesAResponseThrough() throws IOException {
        HttpResponse ok = HttpResponse.text(Status.OK, "fine");

        assertThat(errorHandling.wrap(request -> ok).handle(Requests.get("/"))).isSameAs(ok);
        assertThat(log).isEmpty();
    }
}
