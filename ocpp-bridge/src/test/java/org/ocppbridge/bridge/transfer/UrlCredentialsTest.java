package org.ocppbridge.bridge.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.mappings.system.LogStatusEnum;

/**
 * Issue 14 point 4 (N01 note: a location may carry credentials): {@code http://user:password@host/path} is sent as
 * HTTP Basic for downloads and uploads, percent-decoded as for FTP, to that origin only, and never shown by the
 * URL's text or a failure's message.
 */
class UrlCredentialsTest {

    private static final String USER = "fw user";
    private static final String PASSWORD = "s3cr3t:p@ss+word";
    /** The same credentials as a URL carries them: space and '@' escaped, ':' and '+' literal in the password. */
    private static final String USER_INFO = "fw%20user:s3cr3t:p%40ss+word";

    @TempDir
    Path tmp;

    private HttpServer files;
    private HttpServer elsewhere;
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();
    private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
    private byte[] image;

    @BeforeEach
    void setUp() throws Exception {
        image = new byte[100_000];
        new Random(3).nextBytes(image);
        String expected =
                "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.put(exchange.getRequestURI().getPath(), String.valueOf(authorization));
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                if (!expected.equals(authorization)) {
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"files\"");
                    exchange.sendResponseHeaders(401, -1);
                } else if (exchange.getRequestURI().getPath().equals("/moved.bin")) {
                    exchange.getResponseHeaders().add("Location", origin(elsewhere) + "/fw.bin");
                    exchange.sendResponseHeaders(302, -1);
                } else if (exchange.getRequestMethod().equals("PUT")) {
                    uploads.put(exchange.getRequestURI().getPath(), body);
                    exchange.sendResponseHeaders(201, -1);
                } else {
                    exchange.sendResponseHeaders(200, image.length);
                    exchange.getResponseBody().write(image);
                }
            }
            exchange.close();
        });
        files.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "test-http-files")));
        files.start();
        elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        elsewhere.createContext("/", exchange -> {
            authorizations.put(
                    "elsewhere", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(200, image.length);
            exchange.getResponseBody().write(image);
            exchange.close();
        });
        elsewhere.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "test-http-elsewhere")));
        elsewhere.start();
    }

    @AfterEach
    void tearDown() {
        files.stop(0);
        elsewhere.stop(0);
    }

    @Test
    void N01_credentials_of_the_url_are_parsed_percent_decoded_and_kept_out_of_its_text() throws Exception {
        TransferUrl url = TransferUrl.parse("http://" + USER_INFO + "@127.0.0.1:8080/fw.bin");

        assertEquals(new Credentials(USER, PASSWORD), url.credentials().orElseThrow());
        assertEquals("http://127.0.0.1:8080/fw.bin", url.toString());
        assertFalse(url.credentials().orElseThrow().toString().contains(PASSWORD));
    }

    @Test
    void N01_a_download_sends_the_url_credentials_as_http_basic() throws Exception {
        assertArrayEquals(image, download(location(USER_INFO, "/fw.bin")));
    }

    @Test
    void N01_an_upload_sends_the_url_credentials_as_http_basic() throws Exception {
        Path archive = Files.write(tmp.resolve("a.tar.gz"), image);

        HttpUploadTest.transfers(UploadMethod.PUT)
                .upload(archive, "a.tar.gz", location(USER_INFO, "/logs/"), new TransferCancel());

        assertArrayEquals(image, uploads.get("/logs/a.tar.gz"));
    }

    @Test
    void N01_wrong_credentials_are_PermissionDenied_and_the_failure_does_not_repeat_them() throws Exception {
        Path archive = Files.write(tmp.resolve("a.tar.gz"), image);
        TransferUrl wrong = location("fw%20user:not-" + "s3cr3t", "/logs/");

        TransferException up = assertThrows(TransferException.class, () -> HttpUploadTest.transfers(UploadMethod.PUT)
                .upload(archive, "a.tar.gz", wrong, new TransferCancel()));
        TransferException down = assertThrows(TransferException.class, () -> download(wrong));

        assertEquals(LogStatusEnum.PermissionDenied, FailureStatus.ofUpload(up));
        assertEquals(TransferException.Failure.PERMISSION_DENIED, down.failure());
        for (TransferException e : new TransferException[] {up, down}) {
            assertFalse(String.valueOf(e).contains("s3cr3t"), e.toString());
        }
    }

    @Test
    void a_redirect_to_another_origin_does_not_carry_the_credentials() throws Exception {
        assertArrayEquals(image, download(location(USER_INFO, "/moved.bin")));

        assertTrue(authorizations.get("/moved.bin").startsWith("Basic "), "sent to the origin the URL names");
        assertEquals("null", authorizations.get("elsewhere"), "not sent to the host it redirected to");
    }

    @Test
    void without_user_info_no_authorization_is_sent() throws Exception {
        TransferException e = assertThrows(TransferException.class, () -> download(location(null, "/fw.bin")));

        assertEquals(TransferException.Failure.PERMISSION_DENIED, e.failure());
        assertEquals("null", authorizations.get("/fw.bin"));
        assertNull(location(null, "/fw.bin").credentials().orElse(null));
    }

    private TransferUrl location(String userInfo, String path) throws TransferUrlException {
        String at = userInfo == null ? "" : userInfo + "@";
        return TransferUrl.parse(
                "http://" + at + "127.0.0.1:" + files.getAddress().getPort() + path);
    }

    private static String origin(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static byte[] download(TransferUrl url) throws Exception {
        try (Download download = HttpUploadTest.transfers(UploadMethod.PUT).openDownload(url, new TransferCancel());
                InputStream body = download.body()) {
            byte[] bytes = body.readAllBytes();
            download.finish();
            return bytes;
        }
    }
}
