package org.ocppbridge.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.extensions.IExtension;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.protocols.Protocol;

/**
 * The baseline station: a bare Java-WebSocket client in this process with no schema validation, no durable
 * queue, no disk, no core thread. It answers TriggerMessage(Heartbeat) with Accepted and a Heartbeat, and sends
 * CALLs one after another. Whatever the bridge takes beyond it is the bridge's own cost.
 */
final class NaiveStation implements AutoCloseable {

    private static final long WAIT_SECONDS = 10;

    private final Client client;
    private final BlockingQueue<JsonArray> results = new LinkedBlockingQueue<>();
    private final AtomicLong ids = new AtomicLong();

    private NaiveStation(URI uri) {
        this.client = new Client(uri);
    }

    /** Connects to {@code csmsUrl/stationId} and sends a BootNotification (the CSMS wants it first). */
    static NaiveStation connect(String csmsUrl, String stationId) throws IOException, InterruptedException {
        NaiveStation station = new NaiveStation(URI.create(csmsUrl + "/" + stationId));
        if (!station.client.connectBlocking(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IOException("the naive station could not connect to " + csmsUrl);
        }
        JsonObject boot = new JsonObject();
        boot.addProperty("reason", "PowerUp");
        JsonObject chargingStation = new JsonObject();
        chargingStation.addProperty("model", "naive");
        chargingStation.addProperty("vendorName", "bench");
        boot.add("chargingStation", chargingStation);
        station.call("BootNotification", boot);
        return station;
    }

    /** Sends a CALL and waits for its CALLRESULT or CALLERROR. */
    JsonArray call(String action, JsonObject payload) throws IOException, InterruptedException {
        JsonArray frame = new JsonArray();
        frame.add(2);
        frame.add("n" + ids.incrementAndGet());
        frame.add(action);
        frame.add(payload);
        client.send(frame.toString());
        JsonArray answer = results.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (answer == null) {
            throw new IOException("no answer to the naive station's " + action);
        }
        return answer;
    }

    @Override
    public void close() throws InterruptedException {
        client.closeBlocking();
    }

    private final class Client extends WebSocketClient {
        Client(URI uri) {
            super(uri, new Draft_6455(List.<IExtension>of(), List.of(new Protocol("ocpp2.0.1"))));
            setConnectionLostTimeout(0);
            // As the bridge does: a response followed at once by a CALL must not wait for a delayed ACK.
            setTcpNoDelay(true);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {}

        @Override
        public void onMessage(String text) {
            JsonArray frame = JsonParser.parseString(text).getAsJsonArray();
            if (frame.get(0).getAsInt() != 2) {
                if (!frame.get(1).getAsString().startsWith("h")) {
                    results.add(frame);
                }
                return;
            }
            String action = frame.get(2).getAsString();
            if (action.equals("TriggerMessage")) {
                send("[3,\"" + frame.get(1).getAsString() + "\",{\"status\":\"Accepted\"}]");
                // The triggered Heartbeat goes out after the response, like the bridge's; its answer is awaited
                // by nobody, as the bridge's Heartbeat answer is awaited by nobody in the benchmark.
                send("[2,\"h" + ids.incrementAndGet() + "\",\"Heartbeat\",{}]");
            } else {
                send("[4,\"" + frame.get(1).getAsString() + "\",\"NotImplemented\",\"\",{}]");
            }
        }

        @Override
        public void onMessage(ByteBuffer bytes) {}

        @Override
        public void onClose(int code, String reason, boolean remote) {}

        @Override
        public void onError(Exception e) {
            e.printStackTrace();
        }
    }
}
