package httpfromscratch.tester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Step 4: files from a folder. The tester reads the same folder ({@code --static-dir}) to know what
 * each file holds; the URL prefix is {@code --static-prefix}.
 */
final class StaticStages {

    /** The types of chapter 4's table, for the extensions a small site has. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html"), Map.entry("css", "text/css"), Map.entry("js", "text/javascript"),
            Map.entry("svg", "image/svg+xml"), Map.entry("json", "application/json"), Map.entry("txt", "text/plain"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("ico", "image/x-icon"));

    static final List<Stage> ALL = List.of(
            new Stage("4.1", "files and their types",
                    "Every file of --static-dir, under --static-prefix, comes back byte for byte with the Content-Type"
                            + " of its extension; a missing file is 404.",
                    "docs/04-static-files.md#content-types-what-the-browser-does-with-the-bytes", StaticStages::filesAndTypes),
            new Stage("4.2", "traversal refused",
                    "'..' in any spelling (plain, %2e%2e, ..%2f, ..%5c) never reaches a file outside the folder: each"
                            + " gets a 4xx (this course answers 404).",
                    "docs/04-static-files.md#path-traversal-never-leave-the-folder", StaticStages::traversal),
            new Stage("4.3", "conditional GET",
                    "A GET with If-None-Match set to the file's ETag gets 304 and no body; a stale ETag gets the file.",
                    "docs/04-static-files.md#conditional-requests-dont-send-what-the-client-already-has",
                    StaticStages::conditional),
            new Stage("4.4", "HEAD for a file",
                    "HEAD for a file gets its Content-Type and its size as Content-Length, and no body.",
                    "docs/04-static-files.md#head-the-headers-without-the-file", StaticStages::head));

    private StaticStages() {
    }

    static void filesAndTypes(Probe probe) throws IOException {
        List<Path> files = new ArrayList<>(files(probe));
        Collections.shuffle(files, probe.random());
        for (Path file : files) {
            Exchange exchange = probe.get(url(probe, file));
            Expect.status(exchange, 200, "map " + url(probe, file) + " to " + file + " and serve it");
            Expect.body(exchange, Files.readAllBytes(file), "send the file's bytes as they are, all of them");
            type(file).ifPresent(type -> Expect.headerStartsWith(exchange, "Content-Type", type,
                    "name the type from the extension, as chapter 4's table does"));
        }
        Exchange missing = probe.get(probe.options().staticPrefix() + probe.word() + ".css");
        Expect.status(missing, 404, "a file that is not there is 404 Not Found");
    }

    static void traversal(Probe probe) throws IOException {
        Path outside = fileOutside(probe);
        byte[] secret = Files.exists(outside) ? Files.readAllBytes(outside) : new byte[0];
        String name = outside.getFileName().toString();
        String prefix = probe.options().staticPrefix();
        for (String escape : List.of("../", "%2e%2e/", "..%2f", "%2E%2E%2F", "..%5c", "%2e%2e%5c")) {
            Exchange exchange = probe.exchange(probe.request("GET", prefix + escape + name), "GET");
            if (secret.length > 0 && Arrays.equals(exchange.reply().body(), secret)) {
                throw Expect.failure("the server sent " + outside + ", a file outside the folder it serves",
                        "a 4xx, and nothing from outside the folder",
                        "decode first, then resolve against the folder, normalize, and check that the result is still"
                                + " inside it, comparing Paths, not strings",
                        exchange, exchange.bodyStart());
            }
            Expect.statusIn(exchange, 400, 499, "a 4xx for " + prefix + escape + name,
                    "'" + escape + "' is '..' spelt another way: decode it, then refuse what leaves the folder");
        }
    }

    static void conditional(Probe probe) throws IOException {
        Path file = files(probe).getFirst();
        String url = url(probe, file);
        Exchange first = probe.get(url);
        String etag = Expect.header(first, "ETag", "give every file a version: ETag: \"…\" (size and modification time will do)");
        Exchange current = probe.get(url, "If-None-Match: " + etag);
        Expect.status(current, 304, "the client's ETag is the file's: answer 304 Not Modified");
        Expect.emptyBody(current, "a 304 never has one", "send the headers only");
        Exchange stale = probe.get(url, "If-None-Match: \"" + probe.word() + "\"");
        Expect.status(stale, 200, "an ETag that is not the file's gets the whole file");
        Expect.body(stale, Files.readAllBytes(file), "send the file's bytes as they are");
    }

    static void head(Probe probe) throws IOException {
        Path file = files(probe).get(probe.between(0, files(probe).size() - 1));
        try (Wire wire = probe.open()) {
            Exchange head = wire.exchange(probe.request("HEAD", url(probe, file)), "HEAD");
            Expect.status(head, 200, "HEAD is GET without the body");
            Expect.headerEquals(head, "Content-Length", String.valueOf(Files.size(file)),
                    "the Content-Length a GET would get: the file's size");
            SocketStages.closes(wire, head, probe);
        }
    }

    /** The regular files directly in the folder, by name; fails the stage when there are none. */
    static List<Path> files(Probe probe) throws IOException {
        Path dir = probe.options().staticDir();
        if (!Files.isDirectory(dir)) {
            throw Expect.failure("--static-dir " + dir + " is not a folder here", "the folder your server serves",
                    "run from the repository's root, or give --static-dir the folder your server serves", null, -1);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> files = entries.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList();
            if (files.isEmpty()) {
                throw Expect.failure(dir + " has no files", "a folder with a few files in it",
                        "put a file or two in the folder your server serves", null, -1);
            }
            return files;
        }
    }

    private static String url(Probe probe, Path file) {
        return probe.options().staticPrefix() + file.getFileName();
    }

    /** A file next to the served folder, to ask for through '..'; pom.xml if there is none. */
    private static Path fileOutside(Probe probe) throws IOException {
        Path parent = probe.options().staticDir().toAbsolutePath().normalize().getParent();
        if (parent != null) {
            try (Stream<Path> entries = Files.list(parent)) {
                Optional<Path> file = entries.filter(Files::isRegularFile).sorted().findFirst();
                if (file.isPresent()) {
                    return file.get();
                }
            }
        }
        return Path.of("pom.xml");
    }

    static Optional<String> type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
