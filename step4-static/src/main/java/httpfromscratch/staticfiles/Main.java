package httpfromscratch.staticfiles;

import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.Limits;
import httpfromscratch.routing.JsonErrors;
import httpfromscratch.socket.Launcher;
import httpfromscratch.socket.ServerOptions;
import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Step 4: static files. {@code ./mvnw -pl step4-static exec:java}, then open
 * http://localhost:8080/static/; add {@code -Dexec.args="--root some/folder"} to serve another folder.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        ServerOptions options = ServerOptions.parse(args);
        Path siteRoot = siteRoot(options);
        HttpConnectionHandler http = new HttpConnectionHandler(StaticRoutes.create(siteRoot), Limits.DEFAULTS, JsonErrors.RESPONDER);
        Launcher.serveUntilStopped(TcpServer.bind(options.port(), http), """
                Static files listening on http://{address}/
                Demo page: http://{address}/static/
                Serving the folder %s""".formatted(siteRoot));
    }

    /** {@code --root DIR} serves any folder; without it, the demo site that comes with this step. */
    static Path siteRoot(ServerOptions options) throws IOException {
        Optional<String> root = options.option("root");
        if (root.isEmpty()) {
            return DemoSite.directory();
        }
        Path folder = Path.of(root.get()).toAbsolutePath().normalize();
        // A bare --root is "" here, which Path.of reads as the working directory: refuse it too.
        if (root.get().isBlank() || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--root must name a folder, got '" + root.get() + "'");
        }
        return folder;
    }
}
