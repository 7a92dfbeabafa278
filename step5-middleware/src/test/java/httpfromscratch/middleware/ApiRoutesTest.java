package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiRoutesTest {

    @TempDir
    Path site;

    @Test
    void servesTheDataAsJson() throws IOException {
        HttpResponse response = ApiRoutes.create(site).handle(Requests.get("/api/data"));

        assertThat(response.status()).isEqualTo(Status.OK);
        assertThat(response.headers().first("Content-Type")).contains("application/json");
        assertThat(response.bodyText()).startsWith("{\"steps\": [").endsWith("]}\n");
    }

    @Test
    void hasDataBigEnoughToShowCompression() {
        assertThat(ApiRoutes.DATA.length()).isGreaterThanOrEqualTo(Compression.MINIMUM_SIZE);
    }

    @Test
    void keepsTheRoutesOfTheEarlierSteps() throws IOException {
        assertThat(ApiRoutes.create(site).handle(Requests.get("/about")).status()).isEqualTo(Status.OK);
    }
}
