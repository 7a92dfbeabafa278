package httpfromscratch.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Bytes on the wire, built and shown so that a failure message says exactly what was sent. */
final class Wire {

    private Wire() {
    }

    /** The text as bytes, one byte per char (ISO-8859-1), so {@code "\u00ff"} is the byte 0xFF. */
    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** {@code GET / HTTP/1.1\r\n...}: CR, LF, tab and every other unprintable byte made visible. */
    static String escape(byte[] bytes) {
        StringBuilder shown = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            switch (c) {
                case '\r' -> shown.append("\\r");
                case '\n' -> shown.append("\\n");
                case '\t' -> shown.append("\\t");
                case '\\' -> shown.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        shown.append((char) c);
                    } else {
                        shown.append(String.format("\\x%02X", c));
                    }
                }
            }
        }
        return shown.toString();
    }

    static String escape(String text) {
        return escape(bytes(text));
    }
}
