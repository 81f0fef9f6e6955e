package org.ocppbridge.bridge.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.certificates.TlsTrust;
import org.ocppbridge.bridge.testing.FtpsTestServer;
import org.ocppbridge.bridge.testing.TestPki;
import org.ocppbridge.mappings.system.LogStatusEnum;

/**
 * Issue 14 point 5: {@code ftps://} both ways against a real FTPS server (Apache FtpServer, implicit TLS), with the
 * trust rules of https: the server's chain must lead to a trusted root and its certificate must name the host.
 */
class FtpsTransferTest {

    private static final String NAME = "CS1-SecurityLog-7-20260301T100000Z.tar.gz";

    @TempDir
    Path tmp;

    private TestPki.Issued ca;
    private Path root;
    private byte[] content;
    private FtpsTestServer server;

    @BeforeEach
    void setUp() throws Exception {
        ca = TestPki.ca("File Server Root");
        root = Files.createDirectories(tmp.resolve("ftps-root"));
        Files.createDirectories(root.resolve("in"));
        content = new byte[300_000];
        new Random(5).nextBytes(content);
        Files.write(root.resolve("fw.bin"), content);
        server = FtpsTestServer.start(
                root, "station", "p@ss word", TestPki.server(ca, TestPki.ec(), "127.0.0.1", "localhost"), ca);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void ftps_download_over_implicit_TLS_from_a_server_that_chains_to_a_trusted_root() throws Exception {
        assertArrayEquals(content, download(trusting(ca), server.uri("/fw.bin")));
    }

    @Test
    void ftps_upload_over_implicit_TLS_stores_the_whole_archive() throws Exception {
        Path archive = Files.write(tmp.resolve("archive.tar.gz"), content);

        transfers(trusting(ca)).upload(archive, NAME, url(server.uri("/in/")), new TransferCancel());

        assertArrayEquals(content, Files.readAllBytes(root.resolve("in").resolve(NAME)));
    }

    @Test
    void ftps_to_a_server_the_bridge_does_not_trust_fails_both_ways() throws Exception {
        Path archive = Files.write(tmp.resolve("archive.tar.gz"), content);

        TransferException down =
                assertThrows(TransferException.class, () -> download(TlsTrust.jvm(), server.uri("/fw.bin")));
        TransferException up = assertThrows(TransferException.class, () -> transfers(TlsTrust.jvm())
                .upload(archive, NAME, url(server.uri("/in/")), new TransferCancel()));

        assertEquals(TransferException.Failure.FAILED, down.failure());
        assertEquals(LogStatusEnum.UploadFailure, FailureStatus.ofUpload(up));
        assertFalse(Files.exists(root.resolve("in").resolve(NAME)));
    }

    @Test
    void ftps_checks_the_host_name_as_https_does() throws Exception {
        server.close();
        server = FtpsTestServer.start(
                root, "station", "p@ss word", TestPki.server(ca, TestPki.ec(), "files.example.com"), ca);

        TransferException e =
                assertThrows(TransferException.class, () -> download(trusting(ca), server.uri("/fw.bin")));

        assertEquals(TransferException.Failure.FAILED, e.failure());
    }

    @Test
    void ftps_login_refused_is_PermissionDenied() {
        Path archive = tmp.resolve("missing-is-fine.tar.gz");
        TransferException e = assertThrows(TransferException.class, () -> transfers(trusting(ca))
                .upload(archive, NAME, url(server.uri("station", "wrong", "/in/")), new TransferCancel()));

        assertEquals(LogStatusEnum.PermissionDenied, FailureStatus.ofUpload(e));
    }

    private byte[] download(TlsTrust trust, URI location) throws Exception {
        try (Download download = transfers(trust).openDownload(url(location), new TransferCancel());
                InputStream body = download.body()) {
            byte[] bytes = body.readAllBytes();
            download.finish();
            return bytes;
        }
    }

    private static TlsTrust trusting(TestPki.Issued ca) {
        return TlsTrust.jvm().alsoTrusting(() -> List.of(ca.certificate()));
    }

    private static Transfers transfers(TlsTrust trust) {
        return new Transfers(
                new TransferSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), trust, UploadMethod.PUT));
    }

    private static TransferUrl url(URI location) throws TransferUrlException {
        return TransferUrl.parse(location.toString());
    }
}
