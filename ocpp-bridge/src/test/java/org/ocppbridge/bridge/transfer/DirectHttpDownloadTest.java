package org.ocppbridge.bridge.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.certificates.TlsTrust;
import org.ocppbridge.simulator.files.FirmwareFileServer;

/**
 * Issue 18: plain http downloads read the body straight from a socket channel when the reply is a plain 200 with
 * a Content-Length, and leave every other reply to the general client (which asks again). Real servers on
 * 127.0.0.1: the simulator's firmware server, and the JDK's HttpServer for chunked bodies and redirects.
 */
class DirectHttpDownloadTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private FirmwareFileServer files;
    private HttpServer jdkServer;
    private byte[] image;

    @BeforeEach
    void start() throws IOException {
        files = FirmwareFileServer.start();
        image = new byte[300_000];
        new Random(18).nextBytes(image);
        files.serve("/fw.bin", Files.write(dir.resolve("fw.bin"), image));
        jdkServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jdkServer.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0); // 0: a chunked body
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(image);
            }
        });
        jdkServer.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", files.uri("/fw.bin").toString());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        jdkServer.start();
    }

    @AfterEach
    void stop() {
        files.close();
        jdkServer.stop(0);
    }

    @Test
    void a_plain_200_with_a_content_length_is_read_from_the_socket_channel() throws Exception {
        try (Download download = transfers(Duration.ofSeconds(5))
                .openDownload(url(files.uri("/fw.bin").toString()), new TransferCancel())) {
            assertTrue(download.channel().isPresent(), "the direct path took it");
            assertEquals(image.length, download.expectedLength());
            assertArrayEquals(image, readAll(download.channel().get()));
        }
        assertEquals(1, files.requestCount("/fw.bin"));
    }

    @Test
    void a_chunked_body_goes_to_the_general_client_which_reads_it_whole() throws Exception {
        try (Download download = transfers(Duration.ofSeconds(5))
                .openDownload(
                        url("http://127.0.0.1:" + jdkServer.getAddress().getPort() + "/chunked"),
                        new TransferCancel())) {
            assertTrue(download.channel().isEmpty(), "not the direct path");
            assertEquals(-1, download.expectedLength());
            assertArrayEquals(image, download.body().readAllBytes());
        }
    }

    @Test
    void a_redirect_goes_to_the_general_client_which_follows_it() throws Exception {
        try (Download download = transfers(Duration.ofSeconds(5))
                .openDownload(
                        url("http://127.0.0.1:" + jdkServer.getAddress().getPort() + "/moved"), new TransferCancel())) {
            assertTrue(download.channel().isEmpty(), "not the direct path");
            assertArrayEquals(image, download.body().readAllBytes());
        }
    }

    @Test
    void an_error_status_is_the_general_clients_answer() {
        files.mode(FirmwareFileServer.Mode.NOT_FOUND);
        TransferException e = assertThrows(TransferException.class, () -> transfers(Duration.ofSeconds(5))
                .openDownload(url(files.uri("/fw.bin").toString()), new TransferCancel()));
        assertEquals(TransferException.Failure.FAILED, e.failure());
        assertTrue(e.getMessage().contains("404"), e.getMessage());
    }

    @Test
    void a_cancel_breaks_off_a_read_blocked_on_a_stalled_server() throws Exception {
        files.mode(FirmwareFileServer.Mode.SLOW);
        TransferCancel cancel = new TransferCancel();
        try (Download download =
                transfers(WAIT).openDownload(url(files.uri("/fw.bin").toString()), cancel)) {
            ReadableByteChannel body = download.channel().orElseThrow();
            ByteBuffer buffer = ByteBuffer.allocateDirect(image.length);
            long read = 0;
            while (read < FirmwareFileServer.SLOW_FIRST_CHUNK) {
                read += body.read(buffer);
            }
            cancel.cancel();
            long started = System.nanoTime();
            assertThrows(IOException.class, () -> {
                while (body.read(buffer) >= 0) {
                    // the held rest never comes; the cut ends the read
                }
            });
            assertTrue(
                    System.nanoTime() - started < TimeUnit.SECONDS.toNanos(FirmwareFileServer.SLOW_HOLD_LIMIT_SECONDS),
                    "the cut ended the read before the server let go");
        } finally {
            files.release();
        }
    }

    @Test
    void an_interrupted_read_says_interrupted_not_timed_out() throws Exception {
        files.mode(FirmwareFileServer.Mode.SLOW);
        try (Download download =
                transfers(WAIT).openDownload(url(files.uri("/fw.bin").toString()), new TransferCancel())) {
            ReadableByteChannel body = download.channel().orElseThrow();
            ByteBuffer buffer = ByteBuffer.allocateDirect(image.length);
            long read = 0;
            while (read < FirmwareFileServer.SLOW_FIRST_CHUNK) {
                read += body.read(buffer);
            }
            Thread.currentThread().interrupt();
            IOException e = assertThrows(IOException.class, () -> body.read(buffer));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
            // SocketTimeoutException is an InterruptedIOException too: the message tells the two apart.
            assertTrue(e instanceof java.io.InterruptedIOException, e.toString());
            assertTrue(!(e instanceof java.net.SocketTimeoutException), "not reported as a time-out: " + e);
        } finally {
            Thread.interrupted();
            files.release();
        }
    }

    @Test
    void interim_1xx_responses_before_the_200_are_skipped_and_the_body_is_the_final_answers() throws Exception {
        String reply = "HTTP/1.1 100 Continue\r\n\r\n"
                + "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world";
        try (RawReplyServer server = new RawReplyServer(reply);
                Download download = transfers(Duration.ofSeconds(5))
                        .openDownload(url(server.uri("/fw.bin").toString()), new TransferCancel())) {
            assertTrue(download.channel().isPresent(), "the direct path took it");
            assertEquals(11, download.expectedLength());
            assertArrayEquals(
                    "hello world".getBytes(StandardCharsets.US_ASCII),
                    readAll(download.channel().get()));
        }
    }

    @Test
    void a_server_that_keeps_sending_interim_responses_fails_the_download() throws Exception {
        String reply = "HTTP/1.1 103 Early Hints\r\n\r\n".repeat(9)
                + "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world";
        try (RawReplyServer server = new RawReplyServer(reply)) {
            TransferException e = assertThrows(TransferException.class, () -> transfers(Duration.ofSeconds(5))
                    .openDownload(url(server.uri("/fw.bin").toString()), new TransferCancel()));
            assertEquals(TransferException.Failure.FAILED, e.failure());
            assertTrue(e.getMessage().contains("interim"), e.getMessage());
        }
    }

    @Test
    void the_head_decides_the_direct_path() {
        assertEquals(12, DirectHttpDownload.plainLength("HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n"));
        assertEquals(12, DirectHttpDownload.plainLength("HTTP/1.0 200\r\ncontent-length:12\r\n\r\n"));
        assertEquals(-1, DirectHttpDownload.plainLength("HTTP/1.1 200 OK\r\n\r\n"), "no length");
        assertEquals(-1, DirectHttpDownload.plainLength("HTTP/1.1 206 Partial\r\nContent-Length: 12\r\n\r\n"));
        assertEquals(
                -1,
                DirectHttpDownload.plainLength(
                        "HTTP/1.1 200 OK\r\nContent-Length: 12\r\nTransfer-Encoding: chunked\r\n\r\n"));
        assertEquals(
                -1,
                DirectHttpDownload.plainLength(
                        "HTTP/1.1 200 OK\r\nContent-Length: 12\r\nContent-Encoding: gzip\r\n\r\n"));
        assertEquals(
                -1,
                DirectHttpDownload.plainLength("HTTP/1.1 200 OK\r\nContent-Length: 12\r\nContent-Length: 13\r\n\r\n"),
                "two lengths");
        assertEquals(-1, DirectHttpDownload.plainLength("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"));
        assertEquals(-1, DirectHttpDownload.plainLength("SSH-2.0-OpenSSH\r\n\r\n"), "not HTTP");
        assertTrue(DirectHttpDownload.interim(100));
        assertTrue(DirectHttpDownload.interim(103));
        assertTrue(!DirectHttpDownload.interim(101), "Switching Protocols is no interim answer to a GET");
        assertTrue(!DirectHttpDownload.interim(200));
    }

    private static Transfers transfers(Duration read) {
        return new Transfers(new TransferSettings(Duration.ofSeconds(5), read, TlsTrust.jvm(), UploadMethod.PUT));
    }

    private static TransferUrl url(String location) throws TransferUrlException {
        return TransferUrl.parse(location);
    }

    private static byte[] readAll(ReadableByteChannel channel) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        while (channel.read(buffer) >= 0) {
            buffer.flip();
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            out.write(chunk);
            buffer.clear();
        }
        return out.toByteArray();
    }
}
