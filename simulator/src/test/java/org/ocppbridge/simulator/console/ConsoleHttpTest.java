package org.ocppbridge.simulator.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.TestStation;

/**
 * The console's HTTP side without a browser: a real simulator, a real WebSocket station, requests over real
 * sockets on 127.0.0.1. What another web page, a wrong host or a bad body sends is refused with its reason, and
 * the console still answers afterwards.
 */
class ConsoleHttpTest {

    // One console for the class: its test PKI takes a second to make, and no test changes what another sees
    // (each station has its own id).
    @TempDir
    static Path dir;

    private static CsmsSimulator csms;
    private static Console console;
    private static int port;

    @BeforeAll
    static void setUp() throws Exception {
        csms = CsmsSimulator.builder().defaultReplies(true).start();
        console = Console.start(csms, new ConsoleSettings("127.0.0.1", 0, dir, null));
        port = URI.create(console.url()).getPort();
    }

    @AfterAll
    static void tearDown() {
        console.close();
        csms.close();
    }

    @Test
    void it_is_bound_to_127_0_0_1_and_serves_the_page_with_a_same_origin_policy() throws IOException {
        assertEquals("http://127.0.0.1:" + port + "/", console.url());
        Response page = request("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n");
        assertEquals(200, page.status);
        assertTrue(
                page.head.toLowerCase(Locale.ROOT).contains("content-security-policy: default-src 'self'"), page.head);
        assertTrue(page.body.contains("<title>OCPP simulator console</title>"));
        assertEquals(200, request("GET /console.js HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n").status);
    }

    @Test
    void another_host_name_is_refused_so_a_rebound_dns_name_cannot_reach_the_api() throws IOException {
        Response answer = request("GET /api/info HTTP/1.1\r\nHost: evil.example:" + port + "\r\n\r\n");
        assertEquals(403, answer.status);
        assertTrue(answer.body.contains("the console answers only at"), answer.body);
    }

    @Test
    void a_post_from_another_site_or_not_as_json_is_refused() throws IOException {
        String body = "{\"station\":\"CS-1\",\"action\":\"Reset\",\"fields\":{}}";
        Response foreign = post("/api/call", "application/json", "Origin: http://evil.example\r\n", body);
        assertEquals(403, foreign.status);
        Response form = post("/api/call", "text/plain", "", body);
        assertEquals(415, form.status);
        assertTrue(form.body.contains("send application/json"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../../../../etc/passwd",
                "/api/uploads/../../pki/root.pem",
                "/api/uploads/-1",
                "/api/uploads/0",
                "/api/uploads/99999999999999",
                "/console.js/../index.html.bak",
                "/api/conformance/report.html"
            })
    void no_path_reaches_a_file_the_console_did_not_name(String path) throws IOException {
        Response answer = request("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n");
        assertEquals(404, answer.status, answer.body);
    }

    @Test
    void bad_bodies_get_their_reason_and_the_console_goes_on() throws IOException {
        assertEquals(400, post("/api/call", "application/json", "", "[1,2,3]").status);
        assertEquals(400, post("/api/raw", "application/json", "", "{not json").status);
        Response big = post("/api/raw", "application/json", "", "{\"text\":\"" + "x".repeat(300_000) + "\"}");
        assertEquals(413, big.status);
        Response nobody = post("/api/call", "application/json", "", "{\"station\":\"nobody\",\"action\":\"Reset\"}");
        assertEquals(409, nobody.status);
        assertTrue(nobody.body.contains("station nobody is not connected"), nobody.body);
        Response cases = post("/api/conformance", "application/json", "", "{\"cases\":[\"TC_X\"],\"mode\":\"listen\"}");
        assertEquals(400, cases.status);
        assertTrue(cases.body.contains("unknown case"), cases.body);
        Response launch =
                post("/api/conformance", "application/json", "", "{\"cases\":[\"TC_L_01_CS\"],\"mode\":\"launch\"}");
        assertTrue(launch.body.contains("launch mode needs the station command"), launch.body);
        assertEquals(200, request("GET /api/info HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n").status);
    }

    @Test
    void a_form_goes_to_the_station_and_its_answer_comes_back() throws Exception {
        TestStation station = TestStation.connect(csms, "CS-1");
        try {
            StationConnection connection = openedConnection("CS-1");
            Thread answering = new Thread(
                    () -> {
                        try {
                            String call = station.nextFrame();
                            String id = JsonParser.parseString(call)
                                    .getAsJsonArray()
                                    .get(1)
                                    .getAsString();
                            station.send("[3,\"" + id + "\",{\"status\":\"Accepted\"}]");
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "test-station-answer");
            answering.start();

            Response answer = post(
                    "/api/call",
                    "application/json",
                    "",
                    "{\"station\":\"CS-1\",\"action\":\"Reset\",\"fields\":{\"type\":\"OnIdle\"}}");

            answering.join(Duration.ofSeconds(5).toMillis());
            assertEquals(200, answer.status, answer.body);
            JsonObject json = JsonParser.parseString(answer.body).getAsJsonObject();
            assertEquals("{\"type\":\"OnIdle\"}", json.get("request").toString());
            assertEquals(
                    "Accepted",
                    json.getAsJsonObject("answer")
                            .getAsJsonObject("payload")
                            .get("status")
                            .getAsString());
            assertTrue(connection.frames().get(0).text().contains("\"Reset\",{\"type\":\"OnIdle\"}"));
        } finally {
            station.closeBounded();
        }
    }

    /**
     * The simulator's side of a station's connection. The client's handshake can finish before the simulator has
     * registered the connection, so this waits for it (bounded); the class shares one simulator, so connections of
     * other tests' stations are passed over.
     */
    private StationConnection openedConnection(String stationId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            StationConnection next = csms.awaitStation(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (next.stationId().equals(stationId)) {
                return next;
            }
        }
    }

    @Test
    void the_event_stream_pushes_the_station_and_its_frames() throws Exception {
        TestStation station = TestStation.connect(csms, "CS-2");
        try {
            station.send("[2,\"m1\",\"Heartbeat\",{}]");
            assertTrue(station.nextFrame().startsWith("[3,\"m1\""));
            station.send("[2,\"m2\",\"NoSuchAction\"]"); // not a CALL's shape: the recorder notes a violation
            // Barrier: frames are handled in order, so once m3 is answered the violation of m2 is recorded.
            station.send("[2,\"m3\",\"Heartbeat\",{}]");
            assertTrue(station.nextFrame().startsWith("[3,\"m3\""));
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(5000);
                socket.getOutputStream()
                        .write(("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                StringBuilder seen = new StringBuilder();
                String line;
                while ((line = in.readLine()) != null) {
                    seen.append(line).append('\n');
                    // Other tests' stations may be listed first: the class shares one console.
                    if (line.startsWith("data: [") && line.contains("{\"id\":\"CS-2\",")) {
                        break;
                    }
                }
                String stream = seen.toString();
                assertTrue(stream.toLowerCase(Locale.ROOT).contains("content-type: text/event-stream"), stream);
                assertTrue(stream.contains("event: frame\ndata: {\"station\":\"CS-2\""), stream);
                assertTrue(stream.contains("\"action\":\"Heartbeat\",\"status\":\"\""), stream);
                assertTrue(stream.contains("event: violation\ndata: {\"station\":\"CS-2\""), stream);
                assertTrue(stream.contains("{\"id\":\"CS-2\",\"securityProfile\":\"none (ws, no auth)\""), stream);
            }
        } finally {
            station.closeBounded();
        }
    }

    private Response post(String path, String type, String extraHeaders, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return request("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: " + type + "\r\n"
                + extraHeaders + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body);
    }

    /** One request over a plain socket, so that Host and Origin are exactly what the test says. */
    private Response request(String text) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String withClose = text.contains("Connection: close")
                    ? text
                    : text.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n");
            out.write(withClose.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            return new Response(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    private record Response(int status, String head, String body) {}
}
