package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpException;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.testing.RandomValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exercise 5.3 with the status, the message and the path drawn at random each run: an
 * {@code HttpException} is answered with its own status and message, whichever they are.
 */
class ErrorHandlingRandomTest {

    private static final int[] STATUSES = {400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 503};

    @Test
    void answersAnHttpExceptionWithItsOwnStatusMessageAndPath() throws IOException {
        int status = STATUSES[RandomValues.between(0, STATUSES.length - 1)];
        String message = RandomValues.word(12);
        String path = "/" + RandomValues.word(6);
        List<String> log = new ArrayList<>();

        HttpResponse response = new ErrorHandling(log::add)
                .wrap(request -> {
                    throw new HttpException(status, message);
                })
                .handle(Requests.get(path));

        assertThat(response.status()).as("the status the handler chose").isEqualTo(status);
        assertThat(response.bodyText()).as("the error body").contains("\"message\":\"" + message + "\"", "\"path\":\"" + path + "\"");
        assertThat(log).as("a chosen status is not a bug: nothing to log").isEmpty();
    }
}
