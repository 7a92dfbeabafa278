import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Opens many keep-alive connections to a server, sends one request on each and keeps them all
 * open, then measures how long a new client waits for an answer, and what the idle connections cost
 * the server in memory (its resident set, from /proc). Run by bench/run.sh:
 * {@code java IdleConnections PORT SERVER_PID CONNECTIONS}.
 */
public final class IdleConnections {

    private static final byte[] REQUEST =
            "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int NEW_CLIENTS = 20;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long serverPid = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);

        long rssBefore = residentKib(serverPid, "VmRSS");
        List<Socket> idle = new ArrayList<>(count);
        long start = System.nanoTime();
        try {
            for (int i = 0; i < count; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                idle.add(socket);
                exchange(socket); // answered: the connection is open, served, and now idle
            }
            double openSeconds = (System.nanoTime() - start) / 1e9;
            long rssAfter = residentKib(serverPid, "VmRSS");
            double[] millis = newClientMillis(port);

            System.out.printf("idle keep-alive connections held: %d (opened and served in %.1f s)%n", idle.size(), openSeconds);
            System.out.printf("server RSS: %d MiB before, %d MiB with them open: %.1f KiB per connection%n",
                    rssBefore / 1024, rssAfter / 1024, (rssAfter - rssBefore) / (double) count);
            System.out.printf("a new client meanwhile (connect + request + response, %d tries): median %.2f ms, max %.2f ms%n",
                    NEW_CLIENTS, millis[millis.length / 2], millis[millis.length - 1]);
            System.out.println("check: all idle connections still open: " + allStillOpen(idle));
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    /** Each new client connects, sends one request, reads the answer and leaves; sorted times in ms. */
    private static double[] newClientMillis(int port) throws IOException {
        double[] millis = new double[NEW_CLIENTS];
        for (int i = 0; i < NEW_CLIENTS; i++) {
            long start = System.nanoTime();
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                exchange(socket);
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    /** Sends the request and reads until the end of the "Hello, World!" body. */
    private static void exchange(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(REQUEST);
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder response = new StringBuilder();
        byte[] buffer = new byte[512];
        while (!response.toString().endsWith("Hello, World!")) {
            int count = in.read(buffer);
            if (count == -1) {
                throw new IOException("the server closed the connection; got: " + response);
            }
            response.append(new String(buffer, 0, count, StandardCharsets.ISO_8859_1));
        }
    }

    /** The same request on every idle connection: each must still be open and answer. */
    private static boolean allStillOpen(List<Socket> sockets) {
        try {
            for (Socket socket : sockets) {
                exchange(socket);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A line of /proc/PID/status such as "VmRSS:   123456 kB", in KiB. */
    static long residentKib(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException(field + " not found for process " + pid);
    }
}
