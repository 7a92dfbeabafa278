package httpfromscratch.staticfiles;

import static java.util.Map.entry;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a file, from its extension. A browser does not guess from the URL: it
 * applies a stylesheet only if it arrives as {@code text/css} and runs a script only if it arrives
 * as JavaScript, so this table decides whether the page works.
 *
 * <p>Text files are assumed to be UTF-8 and say so ({@code ; charset=utf-8}); without it a browser
 * may decode them as windows-1252 and show "Ã©" for "é".
 */
public final class MimeTypes {

    /** "Some bytes": what an unknown file is (RFC 9110 §8.3). A browser offers to download it. */
    public static final String OCTET_STREAM = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            // the page itself, and what it loads
            entry("html", "text/html"),
            entry("htm", "text/html"),
            entry("css", "text/css"),
            entry("js", "text/javascript"), // RFC 9239: text/javascript, not application/javascript
            entry("mjs", "text/javascript"),
            entry("map", "application/json"), // a source map is JSON
            entry("json", "application/json"), // always UTF-8 (RFC 8259 §8.1), so no charset parameter
            entry("wasm", "application/wasm"), // the browser compiles it while it streams only with this type
            // data and documents
            entry("txt", "text/plain"),
            entry("csv", "text/csv"),
            entry("md", "text/markdown"),
            entry("xml", "application/xml"), // XML names its own encoding in its first line
            entry("pdf", "application/pdf"),
            // images
            entry("svg", "image/svg+xml"),
            entry("png", "image/png"),
            entry("jpg", "image/jpeg"),
            entry("jpeg", "image/jpeg"),
            entry("gif", "image/gif"),
            entry("webp", "image/webp"),
            entry("avif", "image/avif"),
            entry("ico", "image/x-icon"),
            // fonts
            entry("woff", "font/woff"),
            entry("woff2", "font/woff2"),
            entry("ttf", "font/ttf"),
            entry("otf", "font/otf"),
            // audio and video
            entry("mp3", "audio/mpeg"),
            entry("mp4", "video/mp4"),
            entry("webm", "video/webm"),
            entry("zip", "application/zip"));

    private MimeTypes() {
    }

    // Exercise 4.1
    /** {@code contentType("site.css")} → {@code text/css; charset=utf-8}. */
    public static String contentType(String fileName) {
        String mediaType = BY_EXTENSION.getOrDefault(extension(fileName), OCTET_STREAM);
        return withCharset(mediaType);
    }

    /** {@code "Photo.JPG"} → {@code "jpg"}; {@code ""} when there is no dot. Locale.ROOT: in Turkish, "I" lowercases to "ı". */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Every {@code text/…} type gets {@code ; charset=utf-8}: text needs an encoding, and ours is UTF-8. */
    static String withCharset(String mediaType) {
        return mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType;
    }
}
