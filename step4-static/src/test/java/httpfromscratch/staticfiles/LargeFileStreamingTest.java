package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientRequest;
import httpfromscratch.http.ClientResponse;
import httpfromscratch.http.RequestWriter;
import httpfromscratch.http.ResponseParser;
import java.io.BufferedInputStream;
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
import java.util.Optional;
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

    /** GETs {@code target}, reads the response's head with step 2's parser, and counts the body's bytes, keeping none. */
    private static Download download(int port, String target) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) ClientConnection.READ_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            RequestWriter.write(ClientRequest.get(target), "localhost", out);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Optional<ClientResponse> head = new ResponseParser().parseHead(in);
            assertThat(head)
                    .as("the response's head; none at all means the server failed before sending it (out of memory?)")
                    .hasValueSatisfying(response -> assertThat(response.status()).isEqualTo(200));
            long contentLength = Long.parseLong(head.get().header("Content-Length").orElse("-1"));
            return new Download(contentLength, countUntilClosed(in));
        }
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
