package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.Headers;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.routing.Router;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conditional GET (RFC 9110 §13): the rules on their own, then through the handler. The file was
 * saved at a known time, {@code 2025-03-04T10:00:00.250Z}, so its {@code Last-Modified} is
 * {@code Tue, 04 Mar 2025 10:00:00 GMT}.
 */
class ConditionalGetTest {

    private static final Instant SAVED = Instant.parse("2025-03-04T10:00:00.250Z");
    private static final String LAST_MODIFIED = "Tue, 04 Mar 2025 10:00:00 GMT";

    @TempDir
    Path parent;

    private Router routes;
    private Path css;
    private String etag;

    @BeforeEach
    void createSite() throws IOException {
        TestSite site = TestSite.create(parent);
        routes = StaticRoutes.create(site.root());
        css = site.root().resolve("style.css");
        Files.setLastModifiedTime(css, FileTime.from(SAVED));
        etag = routes.handle(HttpRequest.of("GET", "/static/style.css")).headers().first("ETag").orElseThrow();
    }

    /** GET /static/style.css with the given header lines, name and value in turn. */
    private HttpResponse getCss(String... headerNamesAndValues) throws IOException {
        return requestCss("GET", headerNamesAndValues);
    }

    private HttpResponse requestCss(String method, String... headerNamesAndValues) throws IOException {
        Headers headers = Headers.of("Host", "localhost");
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            headers = headers.with(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        return routes.handle(HttpRequest.of(method, "/static/style.css", headers, new byte[0]));
    }

    // The rules

    @Test
    void entityTagIsModificationMillisAndSizeInHexInQuotes() {
        assertThat(FileVersion.entityTag(0x1c4, Instant.ofEpochMilli(0x18bf0a1c2d8L))).isEqualTo("\"18bf0a1c2d8-1c4\"");
    }

    @Test
    void lastModifiedIsCutToWholeSecondsAsAnHttpDateCanOnlySayThat() throws IOException {
        assertThat(FileVersion.of(Files.readAttributes(css, BasicFileAttributes.class)).lastModified())
                .isEqualTo(Instant.parse("2025-03-04T10:00:00Z"));
    }

    @Test
    void weakComparisonIgnoresTheWeakMark() {
        assertThat(ConditionalGet.weaklyEqual("W/\"a1\"", "\"a1\"")).isTrue();
        assertThat(ConditionalGet.weaklyEqual("\"a1\"", "W/\"a1\"")).isTrue();
        assertThat(ConditionalGet.weaklyEqual("\"a1\"", "\"a2\"")).isFalse();
    }

    @Test
    void anyTagMatchesLooksThroughListsAndSeveralFieldLines() {
        assertThat(ConditionalGet.anyTagMatches(List.of("\"x\", \"a1\""), "\"a1\"")).isTrue();
        assertThat(ConditionalGet.anyTagMatches(List.of("\"x\"", "\"y\",\"a1\""), "\"a1\"")).isTrue();
        assertThat(ConditionalGet.anyTagMatches(List.of("*"), "\"a1\"")).isTrue();
        assertThat(ConditionalGet.anyTagMatches(List.of("\"x\", \"y\""), "\"a1\"")).isFalse();
    }

    @Test
    void notModifiedSinceADateAtOrAfterTheFilesTime() {
        Instant file = Instant.parse("2025-03-04T10:00:00Z");

        assertThat(ConditionalGet.notModifiedSince(file, file)).isTrue();
        assertThat(ConditionalGet.notModifiedSince(file, file.plusSeconds(1))).isTrue();
        assertThat(ConditionalGet.notModifiedSince(file, file.minusSeconds(1))).isFalse();
    }

    // Through the handler

    @Test
    void theCurrentETagGetsA304WithNoBody() throws IOException {
        HttpResponse response = getCss("If-None-Match", etag);

        assertThat(response.status()).isEqualTo(304);
        assertThat(response.body().length()).isZero();
    }

    @Test
    void a304CarriesTheValidatorsButNoContentType() throws IOException {
        HttpResponse response = getCss("If-None-Match", etag);

        assertThat(response.headers().first("ETag")).hasValue(etag);
        assertThat(response.headers().first("Last-Modified")).hasValue(LAST_MODIFIED);
        assertThat(response.headers().first("Cache-Control")).hasValue("no-cache");
        assertThat(response.headers().contains("Content-Type")).isFalse();
    }

    @Test
    void anOldETagGetsTheFile() throws IOException {
        HttpResponse response = getCss("If-None-Match", "\"0-0\"");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo(TestSite.STYLE_CSS);
    }

    @ParameterizedTest(name = "If-None-Match: {0}")
    @ValueSource(strings = {"W/{etag}", "*", "\"old\", {etag}", "\"old\",{etag}, \"older\""})
    void aWeakTagAStarOrAListHoldingTheTagGetA304(String ifNoneMatch) throws IOException {
        assertThat(getCss("If-None-Match", ifNoneMatch.replace("{etag}", etag)).status()).isEqualTo(304);
    }

    @Test
    void theTagCanBeInASecondFieldLine() throws IOException {
        assertThat(getCss("If-None-Match", "\"old\"", "If-None-Match", etag).status()).isEqualTo(304);
    }

    @Test
    void ifModifiedSinceTheFilesOwnDateGetsA304() throws IOException {
        assertThat(getCss("If-Modified-Since", LAST_MODIFIED).status()).isEqualTo(304);
    }

    @Test
    void ifModifiedSinceALaterDateGetsA304() throws IOException {
        assertThat(getCss("If-Modified-Since", "Tue, 04 Mar 2025 11:00:00 GMT").status()).isEqualTo(304);
    }

    @Test
    void ifModifiedSinceAnEarlierDateGetsTheFile() throws IOException {
        assertThat(getCss("If-Modified-Since", "Tue, 04 Mar 2025 09:59:59 GMT").status()).isEqualTo(200);
    }

    @Test
    void anUnreadableDateIsIgnored() throws IOException {
        assertThat(getCss("If-Modified-Since", "yesterday").status()).isEqualTo(200);
    }

    @Test
    void ifNoneMatchWinsOverIfModifiedSince() throws IOException {
        // An old tag with a date that alone would give a 304: the tag decides, the file is sent.
        assertThat(getCss("If-None-Match", "\"old\"", "If-Modified-Since", "Tue, 04 Mar 2025 11:00:00 GMT").status())
                .isEqualTo(200);
        // The current tag with a date that alone would send the file: the tag decides, 304.
        assertThat(getCss("If-None-Match", etag, "If-Modified-Since", "Mon, 03 Mar 2025 10:00:00 GMT").status())
                .isEqualTo(304);
    }

    @Test
    void headWithTheCurrentETagGetsA304Too() throws IOException {
        assertThat(requestCss("HEAD", "If-None-Match", etag).status()).isEqualTo(304);
    }

    @Test
    void savingTheFileAgainChangesItsETag() throws IOException {
        Files.writeString(css, "h1 { color: teal; }\n");
        Files.setLastModifiedTime(css, FileTime.from(SAVED.plusSeconds(60)));

        HttpResponse response = getCss("If-None-Match", etag);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void aChangeWithinTheSameSecondStillChangesTheETag() throws IOException {
        // Last-Modified can't tell these two saves apart; the tag, in milliseconds, can.
        Files.setLastModifiedTime(css, FileTime.from(SAVED.plusMillis(500)));
        Assumptions.assumeTrue(Files.getLastModifiedTime(css).toInstant().equals(SAVED.plusMillis(500)),
                "this filesystem keeps modification times in whole seconds");

        assertThat(getCss("If-None-Match", etag).status()).isEqualTo(200);
        assertThat(getCss("If-Modified-Since", LAST_MODIFIED).status()).isEqualTo(304);
    }
}
