package org.ocppbridge.bridge.transport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.ocppbridge.bridge.certificates.ClientCertificate;
import org.ocppbridge.mappings.ocpp.PasswordString;

/**
 * How to reach the CSMS: the connection URL, the credentials of the security profile, and the keep-alive and
 * time-out settings. Immutable; validated on construction (the message names the field).
 *
 * <p>Security profiles (OCPP 2.0.1 Part 2 A00): profile 1 = {@code ws://} + {@link BasicAuth}; profile 2 =
 * {@code wss://} + {@link BasicAuth}, the CSMS certificate checked against {@link #csmsCaPem()}; profile 3 =
 * {@code wss://} + {@link #clientCertificate()} (Basic auth is then normally absent).
 *
 * @param endpoint the connection URL, already ending in the percent-encoded station id (Part 4 §3.1.1); this
 *     record does not build it
 * @param basicAuth HTTP Basic credentials (user = station id)
 * @param csmsCaPem PEM file with the CA certificate(s) that sign the CSMS certificate; only these are trusted.
 *     Absent with {@code wss://}: the JVM's default trust store is used (a CSMS with a public certificate)
 * @param clientCertificate client certificate chain + PKCS#8 key for profile 3
 * @param pingInterval time between WebSocket pings; {@link Duration#ZERO} disables client pings (as
 *     {@code WebSocketPingInterval} = 0, Part 4 §8.4)
 * @param pongTimeout how long to wait for the pong of a ping before the connection counts as lost
 * @param connectTimeout bound on TCP connect + TLS handshake + HTTP upgrade together
 * @param closeTimeout bound on the close handshake after {@link WebSocket#close}
 */
public record TransportConfig(
        URI endpoint,
        Optional<BasicAuth> basicAuth,
        Optional<Path> csmsCaPem,
        Optional<ClientCertificate> clientCertificate,
        Duration pingInterval,
        Duration pongTimeout,
        Duration connectTimeout,
        Duration closeTimeout) {

    /** EVerest libocpp's {@code WebSocketPingInterval} default. */
    public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(30);
    /** EVerest libocpp's {@code WebsocketPongTimeout} default. */
    public static final Duration DEFAULT_PONG_TIMEOUT = Duration.ofSeconds(5);

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    /** Short, so a SIGTERM shutdown finishes within its 2 s budget even when the CSMS does not answer. */
    public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofMillis(1500);

    public TransportConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(basicAuth, "basicAuth");
        Objects.requireNonNull(csmsCaPem, "csmsCaPem");
        Objects.requireNonNull(clientCertificate, "clientCertificate");
        String scheme = endpoint.getScheme();
        if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
            throw new IllegalArgumentException("endpoint: scheme must be ws or wss, was " + scheme);
        }
        if (endpoint.getHost() == null || endpoint.getHost().isEmpty()) {
            throw new IllegalArgumentException("endpoint: has no host");
        }
        if (endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("endpoint: must not have a fragment");
        }
        boolean tls = "wss".equals(scheme);
        if (!tls && csmsCaPem.isPresent()) {
            throw new IllegalArgumentException("csmsCaPem: only used with a wss:// endpoint");
        }
        if (!tls && clientCertificate.isPresent()) {
            throw new IllegalArgumentException("clientCertificate: only used with a wss:// endpoint");
        }
        requirePositive(pingInterval, "pingInterval", true);
        requirePositive(pongTimeout, "pongTimeout", false);
        requirePositive(connectTimeout, "connectTimeout", false);
        requirePositive(closeTimeout, "closeTimeout", false);
    }

    /** An endpoint with no credentials and the default time-outs. */
    public static TransportConfig of(URI endpoint) {
        return new TransportConfig(
                endpoint,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_PING_INTERVAL,
                DEFAULT_PONG_TIMEOUT,
                DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_CLOSE_TIMEOUT);
    }

    public TransportConfig withBasicAuth(String stationId, String password) {
        return new TransportConfig(
                endpoint,
                Optional.of(new BasicAuth(stationId, password)),
                csmsCaPem,
                clientCertificate,
                pingInterval,
                pongTimeout,
                connectTimeout,
                closeTimeout);
    }

    public TransportConfig withCsmsCa(Path caPem) {
        return new TransportConfig(
                endpoint,
                basicAuth,
                Optional.of(caPem),
                clientCertificate,
                pingInterval,
                pongTimeout,
                connectTimeout,
                closeTimeout);
    }

    public TransportConfig withClientCertificate(Path certificatePem, Path privateKeyPem) {
        return new TransportConfig(
                endpoint,
                basicAuth,
                csmsCaPem,
                Optional.of(new ClientCertificate(certificatePem, privateKeyPem)),
                pingInterval,
                pongTimeout,
                connectTimeout,
                closeTimeout);
    }

    public TransportConfig withPing(Duration interval, Duration timeout) {
        return new TransportConfig(
                endpoint, basicAuth, csmsCaPem, clientCertificate, interval, timeout, connectTimeout, closeTimeout);
    }

    public TransportConfig withConnectTimeout(Duration timeout) {
        return new TransportConfig(
                endpoint, basicAuth, csmsCaPem, clientCertificate, pingInterval, pongTimeout, timeout, closeTimeout);
    }

    public TransportConfig withCloseTimeout(Duration timeout) {
        return new TransportConfig(
                endpoint, basicAuth, csmsCaPem, clientCertificate, pingInterval, pongTimeout, connectTimeout, timeout);
    }

    public boolean usesTls() {
        return "wss".equals(endpoint.getScheme());
    }

    private static void requirePositive(Duration value, String field, boolean zeroAllowed) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || (!zeroAllowed && value.isZero())) {
            throw new IllegalArgumentException(
                    field + ": must be " + (zeroAllowed ? "zero or " : "") + "positive, was " + value);
        }
    }

    /**
     * HTTP Basic credentials of security profiles 1 and 2.
     *
     * @param stationId the user name: the charging station identity (Part 4 §3.1.1: at most 48 characters, no
     *     colon, because the colon separates user and password)
     * @param password {@code SecurityCtrlr.BasicAuthPassword}: 16 to 40 characters of passwordString
     *     (letters, digits and {@code * - _ = : + | @ .}), sent as UTF-8 text
     */
    public record BasicAuth(String stationId, String password) {

        public BasicAuth {
            Objects.requireNonNull(stationId, "basicAuth.stationId");
            Objects.requireNonNull(password, "basicAuth.password");
            if (stationId.isEmpty() || stationId.length() > 48) {
                throw new IllegalArgumentException("basicAuth.stationId: must be 1 to 48 characters");
            }
            if (stationId.indexOf(':') >= 0) {
                throw new IllegalArgumentException("basicAuth.stationId: must not contain ':' (Part 4 §3.1.1)");
            }
            if (stationId.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("basicAuth.stationId: must not contain control characters");
            }
            // Never echo the password in the message.
            if (!PasswordString.isValid(password)) {
                throw new IllegalArgumentException("basicAuth.password: must be 16 to 40 characters of letters,"
                        + " digits and * - _ = : + | @ . (OCPP SecurityCtrlr.BasicAuthPassword)");
            }
        }

        /** The value of the {@code Authorization} header: {@code Basic base64(stationId:password)}. */
        public String authorizationHeader() {
            String credentials = stationId + ":" + password;
            return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "BasicAuth[stationId=" + stationId + ", password=***]";
        }
    }
}
