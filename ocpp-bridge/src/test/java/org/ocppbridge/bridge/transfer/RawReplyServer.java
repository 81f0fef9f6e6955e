package org.ocppbridge.bridge.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A one-connection server on 127.0.0.1 that reads an HTTP request (head and Content-Length body) and answers with
 * fixed raw bytes: for replies the upload receiver cannot give (401 with a challenge, not HTTP at all).
 */
final class RawReplyServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;

    RawReplyServer(String reply) throws IOException {
        socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> serve(reply), "raw-reply-server");
        thread.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    private void serve(String reply) {
        try (Socket client = socket.accept()) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            long length = 0;
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                if (b != '\n') {
                    line.append((char) b);
                    continue;
                }
                String header = line.toString().trim();
                line.setLength(0);
                if (header.isEmpty()) {
                    break;
                }
                if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Long.parseLong(
                            header.substring(header.indexOf(':') + 1).trim());
                }
            }
            in.skipNBytes(length);
            OutputStream out = client.getOutputStream();
            out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            // The test sees the outcome on the client side; a closed socket here is the end of the test.
            if (!socket.isClosed()) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.close();
        thread.join(5000);
    }
}
