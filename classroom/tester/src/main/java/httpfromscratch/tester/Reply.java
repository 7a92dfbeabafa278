package httpfromscratch.tester;

import httpfromscratch.http.Headers;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A response as the client read it: status, headers and body, the framing already undone. */
record Reply(int status, String reason, Headers headers, byte[] body) {

    Optional<String> header(String name) {
        return headers.first(name);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
