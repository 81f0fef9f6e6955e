package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.logs.HttpLogUploader;
import org.ocppbridge.bridge.logs.LogUploadException;
import org.ocppbridge.bridge.logs.UploadAbort;
import org.ocppbridge.mappings.system.LogStatusEnum;

/** A log archive PUT over HTTPS (issue 6): uploaded to a server the bridge trusts, refused by one it does not. */
class LogUploadOverHttpsTest {

    @TempDir
    Path dir;

    private HttpsServer server;
    private TestPki.Issued ca;
    private final CompletableFuture<byte[]> received = new CompletableFuture<>();

    @BeforeEach
    void serve() throws Exception {
        ca = TestPki.ca("Log Server Root");
        TestPki.Issued serverCert = TestPki.server(ca, TestPki.ec(), "127.0.0.1", "localhost");
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(TestPki.serverContext(serverCert, ca, ca)));
        server.createContext("/logs/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.complete(in.readAllBytes());
            }
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "test-https")));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI location() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/logs/");
    }

    private HttpLogUploader uploader(SSLContext tls) {
        return new HttpLogUploader(
                HttpLogUploader.Method.PUT,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                tls == null ? null : tls.getSocketFactory());
    }

    @Test
    void an_archive_is_PUT_over_TLS_to_a_server_that_chains_to_a_trusted_CA() throws Exception {
        Path archive = Files.write(dir.resolve("logs.tar.gz"), new byte[] {1, 2, 3, 4, 5});
        java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca.certificate());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);

        uploader(tls).upload(archive, "logs.tar.gz", location(), new UploadAbort());

        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, received.get(5, TimeUnit.SECONDS));
    }

    @Test
    void a_server_the_bridge_does_not_trust_fails_the_upload() throws Exception {
        Path archive = Files.write(dir.resolve("logs.tar.gz"), new byte[] {1, 2, 3});
        LogUploadException failure = assertThrows(LogUploadException.class, () -> uploader(null)
                .upload(archive, "logs.tar.gz", location(), new UploadAbort()));
        assertEquals(LogStatusEnum.UploadFailure, failure.status());
    }
}
