package org.ocppbridge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * {@code TransferProbe CANDIDATE URL FILE}: one candidate transfer path of issue 18 part 2, in a fresh JVM as the
 * bridge's first download is: GET the URL, SHA-256 every byte and write it to FILE in the same pass. Prints
 * {@code wallMillis cpuMillis sha256}. The candidates: the JDK's two clients, two client libraries, and a direct channel.
 */
public final class TransferProbe {

    private static final int MIB = 1 << 20;

    private TransferProbe() {}

    public static void main(String[] args) throws Exception {
        String candidate = args[0];
        URI uri = URI.create(args[1]);
        Path file = Path.of(args[2]);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        try (FileChannel out = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            switch (candidate) {
                case "HttpURLConnection-64KiB" -> urlConnection(uri, out, sha256, 64 * 1024);
                case "HttpURLConnection-1MiB" -> urlConnection(uri, out, sha256, MIB);
                case "HttpClient-InputStream-1MiB" -> jdkHttpClient(uri, out, sha256);
                case "OkHttp-1MiB" -> okHttp(uri, out, sha256);
                case "ApacheHttpClient5-1MiB" -> apache(uri, out, sha256);
                case "SocketChannel-direct-1MiB" -> channel(uri, out, sha256);
                default -> throw new IllegalArgumentException("unknown candidate " + candidate);
            }
        }
        long nanos = System.nanoTime() - start;
        // CPU time of the whole JVM over the transfer (JIT threads included): unlike wall time it hardly moves
        // when other processes compete for the cores.
        long cpuNanos = os.getProcessCpuTime() - cpuStart;
        System.out.println(nanos / 1_000_000 + " " + cpuNanos / 1_000_000 + " "
                + HexFormat.of().formatHex(sha256.digest()));
    }

    private static void urlConnection(URI uri, FileChannel out, MessageDigest sha256, int size) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        if (connection.getResponseCode() != 200) {
            throw new IOException("HTTP " + connection.getResponseCode());
        }
        try (InputStream in = connection.getInputStream()) {
            copy(in, out, sha256, size);
        }
    }

    private static void jdkHttpClient(URI uri, FileChannel out, MessageDigest sha256) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<InputStream> response =
                client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            copy(in, out, sha256, MIB);
        }
    }

    private static void okHttp(URI uri, FileChannel out, MessageDigest sha256) throws IOException {
        okhttp3.OkHttpClient client = new okhttp3.OkHttpClient();
        try (okhttp3.Response response = client.newCall(
                        new okhttp3.Request.Builder().url(uri.toString()).build())
                .execute()) {
            copy(response.body().byteStream(), out, sha256, MIB);
        }
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    private static void apache(URI uri, FileChannel out, MessageDigest sha256) throws IOException {
        try (org.apache.hc.client5.http.impl.classic.CloseableHttpClient client =
                        org.apache.hc.client5.http.impl.classic.HttpClients.createDefault();
                org.apache.hc.client5.http.impl.classic.CloseableHttpResponse response =
                        client.execute(new org.apache.hc.client5.http.classic.methods.HttpGet(uri));
                InputStream in = response.getEntity().getContent()) {
            copy(in, out, sha256, MIB);
        }
    }

    /** The prototype of the direct path: GET over a SocketChannel, the body read into one direct buffer. */
    private static void channel(URI uri, FileChannel out, MessageDigest sha256) throws IOException {
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        try (SocketChannel socket = SocketChannel.open(new InetSocketAddress(uri.getHost(), port))) {
            String request = "GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port
                    + "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
            ByteBuffer head = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
            while (head.hasRemaining()) {
                socket.write(head);
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect(MIB);
            int bodyStart = -1;
            while (bodyStart < 0) {
                if (socket.read(buffer) < 0) {
                    throw new IOException("no response head");
                }
                for (int i = 3; i < buffer.position(); i++) {
                    if (buffer.get(i - 3) == '\r'
                            && buffer.get(i - 2) == '\n'
                            && buffer.get(i - 1) == '\r'
                            && buffer.get(i) == '\n') {
                        bodyStart = i + 1;
                        break;
                    }
                }
            }
            buffer.flip().position(bodyStart);
            while (true) {
                ByteBuffer forFile = buffer.duplicate();
                sha256.update(buffer);
                while (forFile.hasRemaining()) {
                    out.write(forFile);
                }
                buffer.clear();
                if (socket.read(buffer) < 0) {
                    return;
                }
                buffer.flip();
            }
        }
    }

    private static void copy(InputStream in, FileChannel out, MessageDigest sha256, int size) throws IOException {
        byte[] buffer = new byte[size];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sha256.update(buffer, 0, n);
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
                out.write(chunk);
            }
        }
    }
}
