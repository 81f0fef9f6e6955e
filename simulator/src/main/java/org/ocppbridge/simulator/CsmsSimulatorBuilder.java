package org.ocppbridge.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.ocppbridge.schemas.JsonSchemas;

/** The settings of a {@link CsmsSimulator}, every default in one place. */
public final class CsmsSimulatorBuilder {

    String host = "127.0.0.1";
    int port = 0;
    String path = "ocpp";
    String basicAuthUser;
    String basicAuthPassword;
    SSLContext sslContext;
    boolean requireClientCertificate;
    Clock clock = Clock.systemUTC();
    JsonSchemas schemas;
    Duration defaultTimeout = Duration.ofSeconds(10);
    /** P4 §4.1.1 leaves the time-out to the station; 30 s is the common one (mobilityhouse, this project). */
    Duration stationCallTimeout = Duration.ofSeconds(30);

    boolean defaultReplies;
    int heartbeatIntervalSeconds = 300;
    /** 0: the simulator sends no WebSocket pings of its own, so recordings stay deterministic. */
    int pingIntervalSeconds = 0;

    CsmsSimulatorBuilder() {}

    /** The address to listen on; 127.0.0.1 by default, "0.0.0.0" for a real charger on the network. */
    public CsmsSimulatorBuilder host(String value) {
        host = Objects.requireNonNull(value, "host");
        return this;
    }

    /** The port; 0 (the default) lets the system choose, read it back with {@link CsmsSimulator#port()}. */
    public CsmsSimulatorBuilder port(int value) {
        port = value;
        return this;
    }

    /** The path before the station id, without slashes; "ocpp" by default, "" for none. */
    public CsmsSimulatorBuilder path(String value) {
        path = Objects.requireNonNull(value, "path").replaceAll("^/+|/+$", "");
        return this;
    }

    /** Requires Basic auth with the station id as user (P4 §3.1.1) and this password; 401 otherwise. */
    public CsmsSimulatorBuilder basicAuth(String password) {
        basicAuthPassword = Objects.requireNonNull(password, "password");
        return this;
    }

    /** Requires Basic auth with this user and password; 401 otherwise. */
    public CsmsSimulatorBuilder basicAuth(String user, String password) {
        basicAuthUser = Objects.requireNonNull(user, "user");
        basicAuthPassword = Objects.requireNonNull(password, "password");
        return this;
    }

    /** Serves wss:// with this context's key (security profile 2). */
    public CsmsSimulatorBuilder tls(SSLContext context) {
        sslContext = Objects.requireNonNull(context, "context");
        return this;
    }

    /** Serves wss:// and requires a client certificate the context trusts (security profile 3). */
    public CsmsSimulatorBuilder mutualTls(SSLContext context) {
        sslContext = Objects.requireNonNull(context, "context");
        requireClientCertificate = true;
        return this;
    }

    /** The clock of frame time stamps and of the boot interval rule; the system UTC clock by default. */
    public CsmsSimulatorBuilder clock(Clock value) {
        clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /** The schema validator; a new {@link JsonSchemas} by default. */
    public CsmsSimulatorBuilder schemas(JsonSchemas value) {
        schemas = Objects.requireNonNull(value, "schemas");
        return this;
    }

    /** The wait of every expect/await without an explicit duration, and of CALLs to the station; 10 s. */
    public CsmsSimulatorBuilder defaultTimeout(Duration value) {
        defaultTimeout = Objects.requireNonNull(value, "defaultTimeout");
        return this;
    }

    /** After this long unanswered, a station may give its CALL up and send the next one; 30 s. */
    public CsmsSimulatorBuilder stationCallTimeout(Duration value) {
        stationCallTimeout = Objects.requireNonNull(value, "stationCallTimeout");
        return this;
    }

    /** Answers BootNotification (Accepted), Heartbeat and the notifications by itself (see {@link DefaultReplies}). */
    public CsmsSimulatorBuilder defaultReplies(boolean value) {
        defaultReplies = value;
        return this;
    }

    /** The interval of the default BootNotification answer, in seconds; 300. */
    public CsmsSimulatorBuilder heartbeatInterval(int seconds) {
        heartbeatIntervalSeconds = seconds;
        return this;
    }

    /** Seconds between the simulator's own WebSocket pings (and its lost-connection check); 0 = none. */
    public CsmsSimulatorBuilder pingInterval(int seconds) {
        pingIntervalSeconds = seconds;
        return this;
    }

    /** Binds, starts and returns the simulator. */
    public CsmsSimulator start() {
        if (schemas == null) {
            schemas = new JsonSchemas();
        }
        return CsmsSimulator.start(this);
    }
}
