package org.ocppbridge.simulator.console;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What every console request goes through: the Host and Origin checks that keep other web pages out, the
 * JSON-only rule for requests that change something, a bounded body, and JSON answers.
 */
final class Exchanges {

    /** Form fields and raw frames are small; anything larger is refused unread. */
    static final int MAX_BODY = 256 * 1024;

    private final Set<String> allowedHosts;

    /** @param allowedHosts the Host headers accepted (lower case, with port); empty: any host */
    Exchanges(Set<String> allowedHosts) {
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    /**
     * Whether the request may go on; when not, the answer is sent. A Host the console was not opened by (DNS
     * rebinding) or another site's Origin is 403; a POST that is not JSON is 415, so a plain HTML form on another
     * site cannot post without a CORS preflight, which the console never grants.
     */
    boolean admit(HttpExchange exchange) throws IOException {
        String host = lower(exchange.getRequestHeaders().getFirst("Host"));
        if (!allowedHosts.isEmpty() && !allowedHosts.contains(host)) {
            error(
                    exchange,
                    403,
                    "the console answers only at " + allowedHosts.iterator().next());
            return false;
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !lower(origin).equals("http://" + host)) {
            error(exchange, 403, "requests from other sites are refused");
            return false;
        }
        if (exchange.getRequestMethod().equals("POST")) {
            String type = lower(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (!type.startsWith("application/json")) {
                error(exchange, 415, "send application/json");
                return false;
            }
        }
        return true;
    }

    /** The request body as one JSON object; null (and a 400 or 413 sent) when it is not one. */
    static JsonObject jsonBody(HttpExchange exchange) throws IOException {
        byte[] body = readBounded(exchange.getRequestBody());
        if (body == null) {
            error(exchange, 413, "the request is larger than " + MAX_BODY + " bytes");
            return null;
        }
        try {
            JsonElement root = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            if (root.isJsonObject()) {
                return root.getAsJsonObject();
            }
        } catch (JsonParseException e) {
            // answered below
        }
        error(exchange, 400, "the request body must be one JSON object");
        return null;
    }

    static void json(HttpExchange exchange, int status, JsonElement body) throws IOException {
        send(
                exchange,
                status,
                "application/json; charset=utf-8",
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void error(HttpExchange exchange, int status, String message) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("error", message);
        json(exchange, status, body);
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (out.size() + n > MAX_BODY) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
