package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import httpfromscratch.http.ErrorResponder;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

    @Test
    void refusesANegativePoolSize() {
        assertThatThrownBy(() -> ServerSettings.DEFAULTS.withPoolThreads(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("poolThreads");
        assertThat(ServerSettings.DEFAULTS.withPoolThreads(0).poolThreads()).isEqualTo(ServerSettings.VIRTUAL_THREADS);
    }

    @Test
    void keepsTheErrorResponderItIsGiven() {
        ErrorResponder plain = error -> HttpResponse.text(error.status(), error.getMessage());

        assertThat(ServerSettings.DEFAULTS.withErrors(plain).errors()).isSameAs(plain);
    }

    @Test
    void theServerNamesTheAddressItListensOn() throws IOException {
        try (ConcurrentServer server = ConcurrentServer.bind(0, request -> HttpResponse.text(Status.OK, "hi"),
                ServerSettings.DEFAULTS)) {
            assertThat(server.authority()).matches("(127\\.0\\.0\\.1|\\[::1\\]):" + server.port());
        }
    }
}
