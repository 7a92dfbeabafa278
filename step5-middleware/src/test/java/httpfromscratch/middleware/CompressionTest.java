package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.Body;
import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompressionTest {

    /** About 1.2 kB of JSON: big enough to compress, repetitive enough to shrink a lot. */
    private static final String JSON = "[" + "{\"name\":\"item\",\"done\":false},".repeat(40) + "{}]";

    private static HttpResponse compress(HttpResponse response, HttpRequest request) throws IOException {
        Handler handler = new Compression().wrap(r -> response);
        return handler.handle(request);
    }

    private static HttpRequest acceptingGzip() {
        return Requests.get("/", "Accept-Encoding", "gzip, deflate");
    }

    private static String gunzip(HttpResponse response) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body().toByteArray()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void compressesWhatDecompressesToTheOriginalBody() throws IOException {
        HttpResponse response = compress(HttpResponse.json(Status.OK, JSON), acceptingGzip());

        assertThat(response.headers().first("Content-Encoding")).contains("gzip");
        assertThat(response.headers().first("Content-Type")).contains("application/json");
        assertThat(response.headers().all("Vary")).containsExactly("Accept-Encoding");
        assertThat(response.body().length()).isLessThan(JSON.length() / 4);
        assertThat(gunzip(response)).isEqualTo(JSON);
    }

    @Test
    void leavesTheBodyAloneWhenTheClientRefusesGzipButStillVaries() throws IOException {
        HttpResponse original = HttpResponse.json(Status.OK, JSON);

        HttpResponse response = compress(original, Requests.get("/", "Accept-Encoding", "gzip;q=0, deflate"));

        assertThat(response.headers().contains("Content-Encoding")).isFalse();
        assertThat(response.bodyText()).isEqualTo(JSON);
        assertThat(response.headers().all("Vary")).containsExactly("Accept-Encoding");
    }

    @Test
    void leavesTheBodyAloneWhenTheClientSendsNoAcceptEncoding() throws IOException {
        HttpResponse response = compress(HttpResponse.json(Status.OK, JSON), Requests.get("/"));

        assertThat(response.headers().contains("Content-Encoding")).isFalse();
        assertThat(response.bodyText()).isEqualTo(JSON);
        assertThat(response.headers().all("Vary")).containsExactly("Accept-Encoding");
    }

    @Test
    void leavesASmallBodyAloneAndDoesNotVary() throws IOException {
        String small = "x".repeat(Compression.MINIMUM_SIZE - 1);
        HttpResponse original = HttpResponse.text(Status.OK, small);

        assertThat(compress(original, acceptingGzip())).isSameAs(original);
    }

    @Test
    void compressesABodyOfExactlyTheMinimumSize() throws IOException {
        HttpResponse original = HttpResponse.text(Status.OK, "x".repeat(Compression.MINIMUM_SIZE));

        assertThat(compress(original, acceptingGzip()).headers().first("Content-Encoding")).contains("gzip");
    }

    @Test
    void leavesABodyAboveTheMaximumAlone() throws IOException {
        HttpResponse original = HttpResponse.text(Status.OK, "x".repeat(Compression.MAXIMUM_SIZE + 1));

        assertThat(compress(original, acceptingGzip())).isSameAs(original);
    }

    @Test
    void leavesAnImageAlone() throws IOException {
        HttpResponse png = HttpResponse.of(Status.OK, "image/png", new byte[2000]);

        assertThat(compress(png, acceptingGzip())).isSameAs(png);
    }

    @Test
    void leavesABodyThatIsAlreadyEncodedAlone() throws IOException {
        HttpResponse encoded = HttpResponse.json(Status.OK, JSON).withHeader("Content-Encoding", "br");

        assertThat(compress(encoded, acceptingGzip())).isSameAs(encoded);
    }

    @Test
    void leavesA304Alone() throws IOException {
        // A 304 never carries a body; this one has a big text body only to prove the status decides.
        HttpResponse notModified = new HttpResponse(Status.NOT_MODIFIED,
                HttpResponse.text(200, JSON).headers(), Body.of(JSON.getBytes(StandardCharsets.UTF_8)));

        assertThat(compress(notModified, acceptingGzip())).isSameAs(notModified);
    }

    @Test
    void leavesA204Alone() throws IOException {
        HttpResponse noContent = HttpResponse.empty(Status.NO_CONTENT);

        assertThat(compress(noContent, acceptingGzip())).isSameAs(noContent);
    }

    @Test
    void givesHeadTheSameHeadersAsGet() throws IOException {
        HttpResponse original = HttpResponse.json(Status.OK, JSON);

        HttpResponse get = compress(original, Requests.get("/", "Accept-Encoding", "gzip"));
        HttpResponse head = compress(original, Requests.request("HEAD", "/", "Accept-Encoding", "gzip"));

        assertThat(head.headers()).isEqualTo(get.headers());
        assertThat(head.body().length()).isEqualTo(get.body().length());
    }

    @Test
    void weakensAStrongETagOfACompressedBody() throws IOException {
        HttpResponse tagged = HttpResponse.json(Status.OK, JSON).withHeader("ETag", "\"18bf-4b0\"");

        HttpResponse response = compress(tagged, acceptingGzip());

        assertThat(response.headers().first("ETag")).contains("W/\"18bf-4b0\"");
    }

    @Test
    void keepsAWeakETagAsItIs() throws IOException {
        HttpResponse tagged = HttpResponse.json(Status.OK, JSON).withHeader("ETag", "W/\"18bf-4b0\"");

        assertThat(compress(tagged, acceptingGzip()).headers().first("ETag")).contains("W/\"18bf-4b0\"");
    }

    @Test
    void keepsTheStrongETagOfABodyItDoesNotCompress() throws IOException {
        HttpResponse tagged = HttpResponse.json(Status.OK, JSON).withHeader("ETag", "\"18bf-4b0\"");

        assertThat(compress(tagged, Requests.get("/")).headers().first("ETag")).contains("\"18bf-4b0\"");
    }

    @Test
    void mergesAcceptEncodingIntoAnExistingVary() throws IOException {
        HttpResponse varied = HttpResponse.json(Status.OK, JSON).withHeader("Vary", "Origin");

        assertThat(compress(varied, acceptingGzip()).headers().all("Vary")).containsExactly("Origin, Accept-Encoding");
    }

    @ParameterizedTest(name = "{0} is compressible: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            text/html; charset=utf-8      | true
            text/plain                    | true
            TEXT/CSS                      | true
            application/json              | true
            application/javascript        | true
            image/svg+xml                 | true
            application/xml; charset=utf-8| true
            image/png                     | false
            image/jpeg                    | false
            application/zip               | false
            application/octet-stream      | false
            ''                            | false
            """)
    void compressesOnlyTextLikeTypes(String contentType, boolean compressible) {
        assertThat(Compression.isCompressible(contentType)).isEqualTo(compressible);
    }
}
