package org.ocppbridge.simulator.console;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.Frame;
import org.ocppbridge.simulator.ProtocolViolation;
import org.ocppbridge.simulator.StationConnection;

/**
 * One page's position in what the simulator recorded: each call to {@link #advance} returns the frames and rule
 * violations recorded since the last call, read from the recorder itself, and keeps the station summaries up to
 * date. Each event stream has its own cursor; the recorder stays the only source.
 */
final class StreamCursor {

    /** A named server-sent event. */
    record Event(String name, JsonElement data) {}

    private static final class Station {
        final String id;
        int latestConnection;
        String connectedSince = "";
        String profile = "";
        boolean open;
        int connections;
        String bootStatus = "";
        String lastFrame = "";
        String lastFrameAt = "";

        Station(String id) {
            this.id = id;
        }
    }

    private final CsmsSimulator csms;
    private final List<FrameReader> readers = new ArrayList<>();
    private final List<Integer> violationsSent = new ArrayList<>();
    private final Map<String, Station> stations = new LinkedHashMap<>();

    StreamCursor(CsmsSimulator csms) {
        this.csms = csms;
    }

    /** The frames and violations recorded since the last call, oldest first, connection by connection. */
    List<Event> advance() {
        List<Event> events = new ArrayList<>();
        List<StationConnection> connections = csms.connections();
        for (int i = 0; i < connections.size(); i++) {
            StationConnection connection = connections.get(i);
            Station station = stations.computeIfAbsent(connection.stationId(), Station::new);
            if (i == readers.size()) {
                readers.add(new FrameReader(connection.stationId(), i));
                violationsSent.add(0);
                station.latestConnection = i;
                station.connections++;
                station.connectedSince = connection.handshake().at().toString();
                station.profile = profile(connection);
            }
            if (station.latestConnection == i) {
                station.open = connection.isOpen();
            }
            FrameReader reader = readers.get(i);
            List<Frame> frames = connection.frames();
            for (int f = reader.position(); f < frames.size(); f++) {
                FrameView view = reader.read(frames.get(f));
                note(station, view);
                events.add(new Event("frame", view.toJson()));
            }
            List<ProtocolViolation> violations = connection.violations();
            for (int v = violationsSent.get(i); v < violations.size(); v++) {
                events.add(new Event("violation", violation(connection.stationId(), i, violations.get(v))));
            }
            violationsSent.set(i, violations.size());
        }
        return events;
    }

    /** Every station seen so far: its latest connection's state and what its frames said. */
    JsonArray stations() {
        JsonArray all = new JsonArray();
        for (Station station : stations.values()) {
            JsonObject json = new JsonObject();
            json.addProperty("id", station.id);
            json.addProperty("securityProfile", station.profile);
            json.addProperty("bootStatus", station.bootStatus);
            json.addProperty("lastFrame", station.lastFrame);
            json.addProperty("lastFrameAt", station.lastFrameAt);
            json.addProperty("connectedSince", station.connectedSince);
            json.addProperty("connected", station.open);
            json.addProperty("connections", station.connections);
            all.add(json);
        }
        return all;
    }

    private static void note(Station station, FrameView view) {
        station.lastFrame = (view.fromStation() ? "station → CSMS " : "CSMS → station ") + view.summary();
        station.lastFrameAt = view.at().toString();
        if (view.action().equals("BootNotification") && view.type().equals("CALLRESULT")) {
            station.bootStatus = view.status();
        }
    }

    /**
     * Part 2 security profiles as far as the upgrade request shows them: TLS from the simulator's URL, Basic auth
     * from the header; a wss:// connection without a password is profile 3 (client certificate).
     */
    private String profile(StationConnection connection) {
        boolean tls = csms.url().startsWith("wss:");
        boolean basic = connection.handshake().header("Authorization") != null;
        if (!tls) {
            return basic ? "1 (ws, Basic auth)" : "none (ws, no auth)";
        }
        return basic ? "2 (wss, Basic auth)" : "3 (wss, client certificate)";
    }

    private static JsonObject violation(String station, int connection, ProtocolViolation violation) {
        JsonObject json = new JsonObject();
        json.addProperty("station", station);
        json.addProperty("connection", connection);
        json.addProperty("at", violation.at().toString());
        json.addProperty("rule", violation.rule());
        json.addProperty("text", violation.frame());
        return json;
    }
}
