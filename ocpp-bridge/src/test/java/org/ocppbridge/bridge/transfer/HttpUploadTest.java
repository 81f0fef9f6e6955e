package org.ocppbridge.bridge.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.certificates.TlsTrust;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.ocppbridge.simulator.files.UploadReceiver;
import org.ocppbridge.simulator.files.UploadReceiver.Mode;
import org.ocppbridge.simulator.files.UploadReceiver.Upload;

/** Log archive uploads over http through the transfer layer (moved here from the logs package's uploader). */
class HttpUploadTest {

    private static final String NAME = "CS1-DiagnosticsLog-5-20260301T100000Z.tar.gz";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    private UploadReceiver receiver;
    private Path archive;
    private byte[] content;

    @BeforeEach
    void setUp() throws IOException {
        receiver = UploadReceiver.start(tmp.resolve("received"));
        content = new byte[300_000];
        new Random(1).nextBytes(content);
        archive = Files.write(tmp.resolve("archive.tar.gz"), content);
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    @Test
    void N01_put_streams_the_whole_archive_with_its_file_name_in_content_disposition() throws Exception {
        upload(UploadMethod.PUT, receiver.uri("/logs/"));

        Upload upload = receiver.awaitUpload(WAIT);
        assertEquals("PUT", upload.method());
        assertEquals("/logs/" + NAME, upload.path(), "the file name is appended to a location ending with /");
        assertEquals(NAME, upload.fileName());
        assertArrayEquals(content, Files.readAllBytes(upload.file()));
    }

    @Test
    void N01_put_to_a_full_file_location_keeps_that_location() throws Exception {
        upload(UploadMethod.PUT, receiver.uri("/in/x.tgz"));

        assertEquals("/in/x.tgz", receiver.awaitUpload(WAIT).path());
    }

    @Test
    void N01_multipart_post_sends_one_file_part_named_after_the_archive() throws Exception {
        upload(UploadMethod.POST, receiver.uri("/logs/"));

        Upload upload = receiver.awaitUpload(WAIT);
        assertEquals("POST", upload.method());
        assertEquals(NAME, upload.fileName());
        assertArrayEquals(content, Files.readAllBytes(upload.file()));
    }

    @Test
    void a_403_is_PermissionDenied() {
        receiver.mode(Mode.FORBIDDEN);
        assertEquals(LogStatusEnum.PermissionDenied, failure(receiver.uri("/logs/")));
    }

    @Test
    void a_401_challenge_of_a_streamed_body_is_PermissionDenied() throws Exception {
        try (RawReplyServer server = new RawReplyServer(
                "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"logs\"\r\nContent-Length: 0\r\n\r\n")) {
            assertEquals(LogStatusEnum.PermissionDenied, failure(server.uri("/logs/")));
        }
    }

    @Test
    void a_500_is_UploadFailure() {
        receiver.mode(Mode.SERVER_ERROR);
        assertEquals(LogStatusEnum.UploadFailure, failure(receiver.uri("/logs/")));
    }

    @Test
    void a_405_is_NotSupportedOperation() {
        receiver.mode(Mode.METHOD_NOT_ALLOWED);
        assertEquals(LogStatusEnum.NotSupportedOperation, failure(receiver.uri("/logs/")));
    }

    @Test
    void a_connection_closed_in_the_middle_of_the_body_is_UploadFailure() throws Exception {
        receiver.mode(Mode.CLOSE_MID_BODY);
        assertEquals(LogStatusEnum.UploadFailure, failure(receiver.uri("/logs/")));
        assertEquals(0, receiver.pendingUploads().size());
    }

    @Test
    void a_closed_port_is_UploadFailure() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertEquals(LogStatusEnum.UploadFailure, failure(URI.create("http://127.0.0.1:" + port + "/logs/")));
    }

    @Test
    void a_server_that_does_not_answer_HTTP_is_BadMessage() throws Exception {
        try (RawReplyServer server = new RawReplyServer("220 this is not an HTTP server\r\n")) {
            assertEquals(LogStatusEnum.BadMessage, failure(server.uri("/logs/")));
        }
    }

    private void upload(UploadMethod method, URI location) throws Exception {
        transfers(method).upload(archive, NAME, TransferUrl.parse(location.toString()), new TransferCancel());
    }

    private LogStatusEnum failure(URI location) {
        return FailureStatus.ofUpload(assertThrows(TransferException.class, () -> upload(UploadMethod.PUT, location)));
    }

    static Transfers transfers(UploadMethod method) {
        return new Transfers(
                new TransferSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), TlsTrust.jvm(), method));
    }
}
