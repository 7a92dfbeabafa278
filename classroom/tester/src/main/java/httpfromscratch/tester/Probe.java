package httpfromscratch.tester;

import java.util.Random;

/** What a stage works with: the options, the seeded random source, and connections to the server. */
final class Probe {

    private final Options options;
    private final Random random;

    Probe(Options options, Random random) {
        this.options = options;
        this.random = random;
    }

    Wire open() {
        return Wire.open(options.host(), options.port(), options.patience());
    }

    /** The Host header's value for this server. */
    String authority() {
        return options.host() + ":" + options.port();
    }

    /**
     * A well-formed request with {@code Host} and {@code Connection: close}, so that every server,
     * persistent or not, closes the connection after answering it.
     */
    byte[] request(String method, String target, String... fieldLines) {
        return Bytes.ascii(method + " " + target + " HTTP/1.1\r\n" + "Host: " + authority() + "\r\n"
                + String.join("", fieldLines(fieldLines)) + "Connection: close\r\n\r\n");
    }

    /** A request that lets the connection stay open: HTTP/1.1's default, without Connection: close. */
    byte[] persistentRequest(String method, String target) {
        return Bytes.ascii(method + " " + target + " HTTP/1.1\r\n" + "Host: " + authority() + "\r\n\r\n");
    }

    /** The same, with a body after the head and its Content-Length among the fields. */
    byte[] request(String method, String target, byte[] body, String... fieldLines) {
        byte[] head = Bytes.ascii(method + " " + target + " HTTP/1.1\r\n" + "Host: " + authority() + "\r\n"
                + String.join("", fieldLines(fieldLines)) + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n");
        byte[] whole = new byte[head.length + body.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(body, 0, whole, head.length, body.length);
        return whole;
    }

    private static String[] fieldLines(String[] fields) {
        String[] lines = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            lines[i] = fields[i] + "\r\n";
        }
        return lines;
    }

    /** On a new connection: sends {@code request} and reads the response to it. */
    Exchange exchange(byte[] request, String method) {
        try (Wire wire = open()) {
            return wire.exchange(request, method);
        }
    }

    Exchange get(String target, String... fieldLines) {
        return exchange(request("GET", target, fieldLines), "GET");
    }

    /** Raw bytes, written as given: {@code {host}} becomes the server's authority. */
    Exchange raw(String request, String method) {
        return exchange(Bytes.ascii(request.replace("{host}", authority())), method);
    }

    /** A word of lowercase letters a server could not have known in advance. */
    String word() {
        StringBuilder word = new StringBuilder();
        int length = between(4, 9);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A whole number from {@code from} to {@code to}, both included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    Options options() {
        return options;
    }

    Random random() {
        return random;
    }
}
