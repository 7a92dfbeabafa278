package httpfromscratch.http;

import java.util.List;
import java.util.Map;

/** Answers every request with what the parser made of it: a window onto the previous chapter. */
public final class InspectorHandler implements Handler {

    @Override
    public HttpResponse handle(HttpRequest request) {
        StringBuilder text = new StringBuilder();
        text.append("method:  ").append(request.method()).append('\n');
        text.append("target:  ").append(request.target()).append('\n');
        text.append("path:    ").append(request.path()).append('\n');
        text.append("query:   ").append(describeQuery(request.query())).append('\n');
        text.append("version: ").append(request.version()).append('\n');
        text.append("headers: ").append(request.headers().size()).append('\n');
        for (Headers.Field field : request.headers().fields()) {
            text.append("  ").append(field.name()).append(": ").append(field.value()).append('\n');
        }
        text.append("body:    ").append(request.bodyLength()).append(" bytes\n");
        if (request.bodyLength() > 0) {
            text.append(request.bodyText()).append('\n');
        }
        return HttpResponse.text(Status.OK, text.toString());
    }

    private static String describeQuery(Map<String, List<String>> query) {
        return query.isEmpty() ? "(none)" : query.toString();
    }
}
