package httpfromscratch.tester;

import httpfromscratch.http.Headers;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one response. (Temporary: replaced by step 2's client.) */
final class Replies {

    private Replies() {
    }

    static Reply read(InputStream in, String method) throws IOException {
        String statusLine = line(in);
        if (!statusLine.matches("HTTP/1\\.[01] \\d{3} .*")) {
            throw new IOException("expected a status line such as 'HTTP/1.1 200 OK', got '" + statusLine + "'");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        List<Headers.Field> fields = new ArrayList<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("expected 'name: value', got '" + line + "'");
            }
            fields.add(new Headers.Field(line.substring(0, colon), line.substring(colon + 1).strip()));
        }
        Headers headers = Headers.of(fields);
        boolean noBody = method.equals("HEAD") || status == 204 || status == 304 || status < 200;
        byte[] body = noBody ? new byte[0]
                : headers.first("Content-Length").map(length -> exactly(in, Integer.parseInt(length.strip())))
                        .orElseGet(() -> untilClose(in));
        return new Reply(status, statusLine.substring(13), headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection closed in the middle of the head");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static byte[] exactly(InputStream in, int length) {
        try {
            byte[] body = in.readNBytes(length);
            if (body.length < length) {
                throw new EOFException("the body ended after " + body.length + " of " + length + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] untilClose(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
