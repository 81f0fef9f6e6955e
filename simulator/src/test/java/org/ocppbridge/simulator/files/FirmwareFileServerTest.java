package org.ocppbridge.simulator.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirmwareFileServerTest {

    @TempDir
    Path dir;

    @Test
    void modes_answer_as_documented_and_requests_are_counted() throws Exception {
        byte[] body = new byte[200_000];
        new java.util.Random(7).nextBytes(body);
        Path file = Files.write(dir.resolve("fw.bin"), body);
        try (FirmwareFileServer server = FirmwareFileServer.start()) {
            URI uri = server.serve("/fw.bin", file);
            assertArrayEquals(body, get(uri));

            server.failing(2);
            assertEquals(500, status(uri));
            assertEquals(500, status(uri));
            assertArrayEquals(body, get(uri));

            server.mode(FirmwareFileServer.Mode.NOT_FOUND);
            assertEquals(404, status(uri));

            server.mode(FirmwareFileServer.Mode.TRUNCATED);
            assertThrows(IOException.class, () -> get(uri));

            server.mode(FirmwareFileServer.Mode.SLOW);
            java.util.concurrent.CompletableFuture<byte[]> slow =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try {
                            return get(uri);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            assertTrue(server.awaitSlowStarted(5, TimeUnit.SECONDS));
            server.release();
            assertArrayEquals(body, slow.get(5, TimeUnit.SECONDS));

            assertEquals(7, server.requestCount("/fw.bin"));
        }
    }

    private static byte[] get(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setReadTimeout(5_000);
        try (InputStream in = connection.getInputStream()) {
            byte[] all = in.readAllBytes();
            if (all.length != connection.getContentLengthLong()) {
                throw new IOException("short body: " + all.length);
            }
            return all;
        } finally {
            connection.disconnect();
        }
    }

    private static int status(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }
}
