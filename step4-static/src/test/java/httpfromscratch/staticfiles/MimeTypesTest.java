package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MimeTypesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        index.html    | text/html; charset=utf-8
        old.htm       | text/html; charset=utf-8
        style.css     | text/css; charset=utf-8
        app.js        | text/javascript; charset=utf-8
        module.mjs    | text/javascript; charset=utf-8
        app.js.map    | application/json
        data.json     | application/json
        module.wasm   | application/wasm
        notes.txt     | text/plain; charset=utf-8
        table.csv     | text/csv; charset=utf-8
        README.md     | text/markdown; charset=utf-8
        feed.xml      | application/xml
        paper.pdf     | application/pdf
        icon.svg      | image/svg+xml
        photo.png     | image/png
        photo.jpg     | image/jpeg
        photo.jpeg    | image/jpeg
        spinner.gif   | image/gif
        photo.webp    | image/webp
        photo.avif    | image/avif
        favicon.ico   | image/x-icon
        font.woff     | font/woff
        font.woff2    | font/woff2
        font.ttf      | font/ttf
        font.otf      | font/otf
        song.mp3      | audio/mpeg
        clip.mp4      | video/mp4
        clip.webm     | video/webm
        archive.zip   | application/zip
        """)
    void knowsTheTypesAWebPageUses(String fileName, String contentType) {
        assertThat(MimeTypes.contentType(fileName)).isEqualTo(contentType);
    }

    @ParameterizedTest(name = "{0} is application/octet-stream")
    @ValueSource(strings = {"data.bin", "Makefile", "backup.tar.gz", ".bashrc", "ends-with-a-dot.", "setup.exe"})
    void anUnknownOrMissingExtensionIsJustBytes(String fileName) {
        assertThat(MimeTypes.contentType(fileName)).isEqualTo("application/octet-stream");
    }

    @Test
    void theExtensionIsCaseInsensitive() {
        assertThat(MimeTypes.contentType("PHOTO.JPG")).isEqualTo("image/jpeg");
        assertThat(MimeTypes.contentType("Index.Html")).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void onlyTheLastExtensionCounts() {
        assertThat(MimeTypes.contentType("app.min.js")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(MimeTypes.contentType("invoice.pdf.exe")).isEqualTo("application/octet-stream");
    }

    @Test
    void extensionIsWhatFollowsTheLastDotInLowerCase() {
        assertThat(MimeTypes.extension("Photo.JPG")).isEqualTo("jpg");
        assertThat(MimeTypes.extension("app.min.js")).isEqualTo("js");
        assertThat(MimeTypes.extension("Makefile")).isEmpty();
    }

    @Test
    void textTypesAndOnlyTextTypesGetACharset() {
        assertThat(MimeTypes.withCharset("text/plain")).isEqualTo("text/plain; charset=utf-8");
        assertThat(MimeTypes.withCharset("image/png")).isEqualTo("image/png");
        assertThat(MimeTypes.withCharset("application/json")).isEqualTo("application/json");
    }
}
