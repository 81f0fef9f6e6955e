package org.ocppbridge.bridge.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * A hand-written HTTP peer on 127.0.0.1, port 0, for the handshakes a real WebSocket server will not produce:
 * 401/503 refusals, a wrong or missing subprotocol, a drop right after the upgrade, or silence.
 */
final class RawHandshakeServer implements AutoCloseable {

    /** What to do with one request: the response head to write (null: say nothing), and what happens next. */
    record Reply(String head, boolean closeAfter) {}

    final BlockingQueue<Map<String, String>> requests = new LinkedBlockingQueue<>();
    private final ServerSocket server;
    private final Thread acceptor;

    RawHandshakeServer(Function<Map<String, String>, Reply> responder) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try {
                            Socket socket = server.accept();
                            Thread handler = new Thread(() -> handle(socket, responder), "test-raw-http-conn");
                            handler.setDaemon(true);
                            handler.start();
                        } catch (IOException closed) {
                            return;
                        }
                    }
                },
                "test-raw-http");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "ws://127.0.0.1:" + server.getLocalPort() + "/ocpp/CS001";
    }

    static Reply status(int status, String text) {
        return new Reply(
                "HTTP/1.1 " + status + " " + text + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", true);
    }

    /** A valid 101 for the request, with {@code protocol} (null: no Sec-WebSocket-Protocol header). */
    static Reply upgrade(Map<String, String> request, String protocol, boolean closeAfter) {
        String accept;
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1")
                    .digest((request.get("sec-websocket-key") + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")
                            .getBytes(StandardCharsets.US_ASCII));
            accept = Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Reply(
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: " + accept + "\r\n"
                        + (protocol == null ? "" : "Sec-WebSocket-Protocol: " + protocol + "\r\n") + "\r\n",
                closeAfter);
    }

    private void handle(Socket socket, Function<Map<String, String>, Reply> responder) {
        try (socket) {
            InputStream in = socket.getInputStream();
            Map<String, String> headers = new TreeMap<>();
            headers.put(":request-line", readLine(in));
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            requests.add(headers);
            Reply reply = responder.apply(headers);
            if (reply.head() != null) {
                OutputStream out = socket.getOutputStream();
                out.write(reply.head().getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            if (!reply.closeAfter()) {
                // Hold the connection until the client goes away.
                while (in.read() != -1) {
                    // discard
                }
            }
        } catch (IOException gone) {
            // The client closed: expected in every scenario here.
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("eof");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            acceptor.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while stopping the raw server", e);
        }
    }
}
