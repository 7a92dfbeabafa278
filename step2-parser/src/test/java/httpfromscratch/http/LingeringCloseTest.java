package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.socket.TcpServer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LingeringCloseTest {

    @Test
    @Timeout(20)
    void refusedRequestWithUnreadBodyStillDeliversTheWholeResponse() throws IOException {
        Limits smallBodies = Limits.DEFAULTS.withMaxBodyBytes(1024);
        try (TcpServer server = TcpServer.bind(0,
                        new HttpConnectionHandler(request -> HttpResponse.text(200, "ok"), smallBodies, ErrorResponder.PLAIN_TEXT))
                .start();
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            client.setSoTimeout(5_000);
            OutputStream out = client.getOutputStream();
            // A one-byte buffer: what we have not read yet stays in the kernel, where a reset destroys it.
            InputStream in = new BufferedInputStream(client.getInputStream(), 1);
            // The server refuses after the head; 64 KiB of body are already on their way, unread.
            out.write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();

            // A client such as curl goes on uploading while the response travels back.
            ClientResponse head = new ResponseParser().parseHead(in).orElseThrow();
            out.write(new byte[64 * 1024]);
            out.flush();

            // Without a lingering close the server has closed with bytes unread: the kernel answers
            // our upload with a reset, and reading the body fails with "Connection reset".
            byte[] body = in.readAllBytes();

            assertThat(head.status()).isEqualTo(413);
            assertThat(new String(body, StandardCharsets.US_ASCII)).isEqualTo("body larger than 1024 bytes\n");
            assertThat(head.header("Content-Length")).as("the whole body, and nothing after it")
                    .hasValue(Integer.toString(body.length));
        }
    }
}
