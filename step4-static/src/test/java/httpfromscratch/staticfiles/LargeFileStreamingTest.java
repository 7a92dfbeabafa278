package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB file through a server whose whole heap is 64 MB: it can only work if the file is
 * streamed. The server runs in a JVM of its own ({@link LargeFileServer}), because this JVM's heap
 * is whatever the build gave it.
 */
class LargeFileStreamingTest {

    private static final long FILE_SIZE = 200L * 1024 * 1024;
    private static final String SERVER_HEAP = "-Xmx64m";

    @TempDir
    Path folder;

    @Test
    void servesAFileThreeTimesLargerThanTheServersHeap() throws Exception {
        createSparseFile(folder.resolve("big.bin"), FILE_SIZE);
        Process server = startServer(folder);
        try {
            int port = readPort(server);

            Download download = download(port, "/static/big.bin");

            assertThat(download.contentLength()).isEqualTo(FILE_SIZE);
            assertThat(download.bodyBytes()).as("bytes received before the server closed").isEqualTo(FILE_SIZE);
        } finally {
            server.destroyForcibly();
            server.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** A file of {@code size} zeros that takes no disk space: the filesystem stores only its length. */
    private static void createSparseFile(Path file, long size) throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(size);
        }
    }

    private static Process startServer(Path root) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, SERVER_HEAP, "-cp", System.getProperty("java.class.path"),
                LargeFileServer.class.getName(), root.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** The server's first line is its port; a server that never says it is a failure, not a hang. */
    private static int readPort(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(10, TimeUnit.SECONDS);
        assertThat(line).as("the server's first line, its port").isNotNull().containsOnlyDigits();
        return Integer.parseInt(line);
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Download(long contentLength, long bodyBytes) {
    }

    /** GETs {@code target} over a raw socket and counts the body's bytes, keeping none of them. */
    private static Download download(int port, String target) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(RawClient.READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            assertThat(head)
                    .as("the response's head; none at all means the server failed before sending it (out of memory?)")
                    .startsWith("HTTP/1.1 200 OK\r\n");
            return new Download(contentLength(head), countUntilClosed(in));
        }
    }

    /** Reads up to and including the empty line, one byte at a time so no body byte is taken. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static long contentLength(String head) {
        return head.lines()
                .filter(line -> line.regionMatches(true, 0, "Content-Length:", 0, 15))
                .map(line -> Long.parseLong(line.substring(15).strip()))
                .findFirst().orElse(-1L);
    }

    private static long countUntilClosed(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
        }
        return total;
    }
}
