package org.ocppbridge.simulator.console;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ocppbridge.schemas.JsonSchemas;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.conformance.FirmwareMaterial;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.files.UploadReceiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's web console: a page (static HTML, CSS and JS from the jar) and a small JSON API on the JDK's
 * HTTP server, over a running {@link CsmsSimulator} whose recorder it shows. It brings the built-in servers the
 * forms offer: a firmware file server with a signed test image (its root in {@code <work-dir>/pki/root.pem}) and
 * an upload receiver for GetLog.
 *
 * <p>Routes: {@code GET /} (the page), {@code GET /api/events} (server-sent events), {@code GET /api/info},
 * {@code POST /api/call}, {@code POST /api/raw}, {@code GET /api/uploads/<index>}, {@code POST /api/conformance},
 * {@code GET /api/conformance/report.json|report.html}, {@code GET /api/root.pem}. No route takes a file path or a
 * command from the page. A handler that fails answers 500 and the console goes on. The routes and the wiring stay
 * in this one file (a little over 300 lines) on purpose: every way into the console can be reviewed in one place.
 */
public final class Console implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Console.class);
    /** Event streams hold a thread each; the rest serve requests, which may wait for a station's answer. */
    private static final int HTTP_THREADS = EventStream.MAX_STREAMS + 10;

    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/console.css", "console.css",
            "/console.js", "console.js");

    private final CsmsSimulator csms;
    private final HttpServer server;
    private final ExecutorService executor;
    private final FirmwareMaterial firmware;
    private final FirmwareFileServer files;
    private final UploadReceiver receiver;
    private final ConformanceRuns runs;
    private final CommandForms.BuiltIn builtIn;
    private final StationCommands commands;
    private final Uploads uploads;
    private final EventStream events;
    private final Exchanges exchanges;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Map<String, byte[]> pages;

    private Console(CsmsSimulator csms, ConsoleSettings settings, FirmwareMaterial firmware) throws IOException {
        this.csms = csms;
        Files.createDirectories(settings.workDir());
        this.pages = loadPages();
        this.firmware = firmware;
        this.files = FirmwareFileServer.start();
        this.receiver = UploadReceiver.start(settings.workDir().resolve("uploads"));
        String location = files.serve("/firmware.bin", firmware.image()).toString();
        this.builtIn = new CommandForms.BuiltIn(
                location,
                firmware.signer().certificatePem(),
                firmware.signature(),
                receiver.uri("/logs/").toString());
        AtomicInteger requestIds = new AtomicInteger();
        this.runs = new ConformanceRuns(csms, settings.workDir(), firmware, settings.stationCommand());
        this.commands = new StationCommands(
                csms, new CommandForms(builtIn, requestIds::incrementAndGet, new JsonSchemas()), runs);
        this.uploads = new Uploads(receiver);
        this.events = new EventStream(csms, uploads::toJson, runs::state, closed);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(HTTP_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "ocpp-console-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server =
                HttpServer.create(new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port()), 0);
        this.exchanges =
                new Exchanges(allowedHosts(settings.host(), server.getAddress().getPort()));
        server.createContext("/", this::route);
        server.setExecutor(executor);
    }

    /** Starts the console over {@code csms}; the caller closes it before the simulator. */
    public static Console start(CsmsSimulator csms, ConsoleSettings settings)
            throws IOException, GeneralSecurityException {
        return start(csms, settings, FirmwareMaterial.create(settings.workDir().resolve("pki")));
    }

    /**
     * Starts the console with firmware material made elsewhere (the demo's, whose root its station trusts; a test
     * class's, made once): its image is the built-in one and conformance runs use it.
     */
    public static Console start(CsmsSimulator csms, ConsoleSettings settings, FirmwareMaterial firmware)
            throws IOException {
        Console console = new Console(csms, settings, firmware);
        console.server.start();
        return console;
    }

    /** {@code http://127.0.0.1:<port>/}; the host as bound, 127.0.0.1 for a wildcard bind. */
    public String url() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + server.getAddress().getPort() + "/";
    }

    /** The root the station must trust for the built-in signed image ({@code --firmware-trust-anchor}). */
    public Path trustAnchor() {
        return firmware.rootPem();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
        runs.close();
        files.close();
        receiver.close();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("console threads still running after 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void route(HttpExchange exchange) {
        try (exchange) {
            if (!exchanges.admit(exchange)) {
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && STATIC.containsKey(path)) {
                String name = STATIC.get(path);
                exchange.getResponseHeaders()
                        .set(
                                "Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
                Exchanges.send(exchange, 200, contentType(name), pages.get(name));
            } else if (method.equals("GET") && path.equals("/api/events")) {
                events.handle(exchange);
            } else if (method.equals("GET") && path.equals("/api/info")) {
                Exchanges.json(exchange, 200, info());
            } else if (method.equals("GET") && path.equals("/api/root.pem")) {
                download(exchange, firmware.rootPem(), "root.pem", "application/x-pem-file");
            } else if (method.equals("GET") && path.startsWith("/api/uploads/")) {
                upload(exchange, path.substring("/api/uploads/".length()));
            } else if (method.equals("GET") && path.equals("/api/conformance/report.json")) {
                download(exchange, runs.jsonReport(), "conformance-report.json", "application/json");
            } else if (method.equals("GET") && path.equals("/api/conformance/report.html")) {
                report(exchange);
            } else if (method.equals("POST")
                    && List.of("/api/call", "/api/raw", "/api/conformance").contains(path)) {
                post(exchange, path);
            } else {
                Exchanges.error(exchange, 404, "no such page");
            }
        } catch (IOException e) {
            LOG.debug("console request ended early: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.warn("console request failed", e);
            try {
                Exchanges.error(
                        exchange,
                        500,
                        "the console could not handle this request: "
                                + e.getClass().getSimpleName());
            } catch (IOException | RuntimeException ignored) {
                // the answer had started already; the page sees a broken response
            }
        }
    }

    private void post(HttpExchange exchange, String path) throws IOException {
        JsonObject body = Exchanges.jsonBody(exchange);
        if (body == null) {
            return;
        }
        try {
            JsonObject answer =
                    switch (path) {
                        case "/api/call" -> commands.call(body);
                        case "/api/raw" -> commands.raw(body);
                        default -> {
                            runs.start(body.get("cases"), text(body, "mode"));
                            yield runs.state();
                        }
                    };
            Exchanges.json(exchange, 200, answer);
        } catch (FormErrors e) {
            JsonObject errors = new JsonObject();
            e.byField().forEach(errors::addProperty);
            JsonObject answer = new JsonObject();
            answer.add("errors", errors);
            Exchanges.json(exchange, 400, answer);
        } catch (StationCommands.Refused e) {
            Exchanges.error(exchange, e.status, e.getMessage());
        }
    }

    private static String text(JsonObject body, String name) {
        return body.get(name) != null && body.get(name).isJsonPrimitive()
                ? body.get(name).getAsString()
                : null;
    }

    private JsonObject info() {
        JsonObject json = new JsonObject();
        json.addProperty("simulatorUrl", csms.url());
        json.addProperty("firmwareLocation", builtIn.firmwareLocation());
        json.addProperty("uploadLocation", builtIn.uploadLocation());
        json.addProperty("trustAnchor", firmware.rootPem().toString());
        json.addProperty("launchAvailable", runs.launchAvailable());
        json.add("cases", ConformanceRuns.catalogue());
        return json;
    }

    private void upload(HttpExchange exchange, String index) throws IOException {
        List<UploadReceiver.Upload> all = uploads.all();
        int at;
        try {
            at = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            at = -1;
        }
        if (at < 0 || at >= all.size()) {
            Exchanges.error(exchange, 404, "no such upload");
            return;
        }
        UploadReceiver.Upload upload = all.get(at);
        download(exchange, upload.file(), upload.fileName(), "application/gzip");
    }

    private void report(HttpExchange exchange) throws IOException {
        Path file = runs.htmlReport();
        if (!Files.isRegularFile(file)) {
            Exchanges.error(exchange, 404, "no conformance run has ended yet");
            return;
        }
        // Opened in the browser (the page's link also offers to save it); it needs nothing but its inline style.
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        Exchanges.send(exchange, 200, "text/html; charset=utf-8", Files.readAllBytes(file));
    }

    private static void download(HttpExchange exchange, Path file, String name, String type) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            Exchanges.error(exchange, 404, "nothing to download yet");
            return;
        }
        exchange.getResponseHeaders()
                .set("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        Exchanges.send(exchange, 200, type, Files.readAllBytes(file));
    }

    private static Set<String> allowedHosts(String host, int port) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        if (!address.isLoopbackAddress()) {
            return Set.of(); // reachable under names the console cannot know; Origin and JSON checks still hold
        }
        Set<String> hosts = new HashSet<>();
        for (String name : List.of("127.0.0.1", "localhost", "[::1]", host)) {
            hosts.add(name + ":" + port);
        }
        return hosts;
    }

    private static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8";
    }

    private static Map<String, byte[]> loadPages() throws IOException {
        Map<String, byte[]> loaded = new java.util.HashMap<>();
        for (String name : Set.copyOf(STATIC.values())) {
            try (InputStream in = Console.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("the console's " + name + " is missing from the jar");
                }
                loaded.put(name, in.readAllBytes());
            }
        }
        return Map.copyOf(loaded);
    }
}
