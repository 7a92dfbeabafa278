package httpfromscratch.middleware;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.util.ArrayList;
import java.util.List;

/** The application at the centre of a test: answers with a fixed response and remembers what reached it. */
final class RecordingHandler implements Handler {

    private final HttpResponse response;
    private final List<HttpRequest> requests = new ArrayList<>();

    private RecordingHandler(HttpResponse response) {
        this.response = response;
    }

    static RecordingHandler answering(HttpResponse response) {
        return new RecordingHandler(response);
    }

    static RecordingHandler ok() {
        return answering(HttpResponse.text(Status.OK, "ok\n"));
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        requests.add(request);
        return response;
    }

    boolean wasCalled() {
        return !requests.isEmpty();
    }

    HttpRequest lastRequest() {
        return requests.getLast();
    }
}
