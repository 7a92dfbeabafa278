package httpfromscratch.staticfiles;

import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.Limits;
import httpfromscratch.routing.JsonErrors;
import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Step 4's server for {@link LargeFileStreamingTest}, which runs it in a JVM of its own with a small
 * heap: {@code java -Xmx64m ... LargeFileServer FOLDER} serves FOLDER under {@code /static/} on a
 * free port and prints that port as its first line.
 */
public final class LargeFileServer {

    private LargeFileServer() {
    }

    public static void main(String[] args) throws IOException {
        TcpServer server = TcpServer.bind(0, new HttpConnectionHandler(
                StaticRoutes.create(Path.of(args[0])), Limits.DEFAULTS, JsonErrors.RESPONDER));
        System.out.println(server.port());
        System.out.flush();
        exitWhenInputCloses();
        server.serve();
    }

    /** The test holds our standard input open; if it dies without stopping us, we stop too. */
    private static void exitWhenInputCloses() {
        Thread watcher = new Thread(() -> {
            try {
                System.in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // closed or broken: either way the test is gone
            }
            System.exit(0);
        }, "exit-when-input-closes");
        watcher.setDaemon(true);
        watcher.start();
    }
}
