package org.ocppbridge.bridge.runtime;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.ocppbridge.bridge.certificates.CertificateStore;
import org.ocppbridge.bridge.certificates.StationCertificates;
import org.ocppbridge.bridge.certificates.StoredCertificateType;
import org.ocppbridge.bridge.certificates.TlsContexts;
import org.ocppbridge.bridge.devicemodel.ConnectionFacts;
import org.ocppbridge.bridge.devicemodel.ConnectionTuning;
import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.queue.DurableQueue;
import org.ocppbridge.bridge.station.CertificatePlane;
import org.ocppbridge.bridge.station.SecurityLog;
import org.ocppbridge.bridge.station.Station;
import org.ocppbridge.bridge.station.StationObserver;
import org.ocppbridge.bridge.station.StationSettings;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.bridge.transport.BasicAuthCredentials;
import org.ocppbridge.bridge.transport.CsmsConnection;
import org.ocppbridge.bridge.transport.Disconnect;
import org.ocppbridge.bridge.transport.FailureKind;
import org.ocppbridge.bridge.transport.JavaWebSocketConnector;
import org.ocppbridge.bridge.transport.PingInterval;
import org.ocppbridge.bridge.transport.RetryBackOff;
import org.ocppbridge.bridge.transport.TransportConfig;
import org.ocppbridge.bridge.transport.TransportException;
import org.ocppbridge.bridge.transport.WebSocket;
import org.ocppbridge.mappings.SecurityEventType;

/**
 * The one place where a station is put together with the connection that carries it. {@link BridgeRuntime} uses
 * it, and so does the tests' {@code StationHarness} (with a charger system of the test's choosing), so the tests
 * run the wiring the bridge ships rather than a copy of it.
 */
public final class StationWiring {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StationWiring.class);

    private StationWiring() {}

    /** One station and its connection, built but not started. */
    public record Wired(Station station, CsmsConnection connection, Station.Services services) {

        /**
         * Starts the connection's first attempt on the core thread, then the station there (then {@code afterStart},
         * e.g. resuming the local system's work). Connecting first lets the TCP and WebSocket handshakes run on the
         * connection's own thread while the station starts (its start-up security event and the resume no longer
         * come before the connect: issue 18, start → BootNotification). Both are queued from the core thread itself,
         * the station's start right behind the attempt, so no event of the connection can reach the station before
         * it has started.
         */
        public void start(Runnable afterStart) {
            services.core().execute(() -> {
                connection.start();
                services.core().execute(() -> {
                    station.start();
                    afterStart.run();
                });
            });
        }
    }

    /**
     * Builds a station over {@code system} and its connection to the CSMS: the connection's events hop onto the
     * core thread and reach the station, and a refused CSMS certificate or refused credentials become a security
     * event.
     *
     * @throws IOException when the transport's TLS material cannot be read
     */
    public static Wired wire(
            Station.Services services,
            ChargerSystem system,
            CertificatePlane certificates,
            BasicAuthCredentials credentials,
            DurableQueue queue,
            SecurityLog securityLog,
            StationSettings settings,
            TransportConfig transport,
            RetryBackOff.Settings backOff)
            throws IOException {
        // A CSMS that keeps sending invalid frames loses its connection (issue 15, point 1).
        BadFrameLimit badFrames = new BadFrameLimit(services.rpcObserver());
        services = new Station.Services(
                services.core(), services.clock(), services.schemas(), services.observer(), badFrames);
        // The password rotation needs the connection, built after the station: it is set below, before the station
        // starts, so a SetVariables can only meet it set.
        AtomicReference<CsmsConnection> reconnect = new AtomicReference<>();
        // A01: only a station that authenticates with a password has SecurityCtrlr.BasicAuthPassword.
        DeviceModel.PasswordRotation rotation = credentials.current().isEmpty()
                ? null
                : password -> {
                    credentials.rotate(password);
                    return () -> reconnect.get().restart(Duration.ZERO);
                };
        // Security profile 3: the client certificate of each connection, and the switch to a renewed one, which
        // reconnects at once once the CertificateSignedResponse left (A02.FR.08).
        Optional<StationCertificates> clientCertificates =
                transport.clientCertificate().isPresent()
                        ? Optional.of(StationCertificates.open(
                                certificates.store(), transport.clientCertificate(), services.clock()))
                        : Optional.empty();
        if (clientCertificates.isPresent()) {
            certificates = certificates.withClientCertificates(
                    clientCertificates.get(), () -> reconnect.get().restart(Duration.ZERO));
        }
        CertificateStore store = certificates.store();
        TlsContexts.Sources tlsSources = new TlsContexts.Sources(
                () -> store.certificates(StoredCertificateType.CSMSRootCertificate), // M05: trusted from now on
                () -> clientCertificates.flatMap(StationCertificates::forNextConnection));
        RetryBackOff retryBackOff = new RetryBackOff(backOff, new SplittableRandom());
        PingInterval pingInterval = new PingInterval(transport.pingInterval());
        ConnectionFacts facts = new ConnectionFacts(
                securityProfile(transport, credentials),
                certificates.stationId(),
                rotation,
                new ConnectionTuning() {
                    @Override
                    public void retryBackOff(int waitMinimumSeconds, int randomRangeSeconds, int repeatTimes) {
                        retryBackOff.update(
                                RetryBackOff.Settings.ofSeconds(waitMinimumSeconds, randomRangeSeconds, repeatTimes));
                    }

                    @Override
                    public void webSocketPingInterval(int seconds) {
                        pingInterval.set(Duration.ofSeconds(seconds));
                    }
                },
                new ConnectionFacts.BackOff(
                        (int) backOff.waitMinimum().toSeconds(),
                        (int) backOff.randomRange().toSeconds(),
                        backOff.repeatTimes()),
                (int) transport.pingInterval().toSeconds());
        // The device model puts the values the CSMS stored to use here, before the first connection.
        Station station = new Station(services, system, certificates, facts, queue, securityLog, settings);
        CsmsConnection connection = new CsmsConnection(
                new JavaWebSocketConnector(transport, services.core(), credentials::current, pingInterval, tlsSources),
                retryBackOff,
                services.core(),
                new ConnectionEvents(station, badFrames, credentials, clientCertificates, services.observer()));
        reconnect.set(connection);
        return new Wired(station, connection, services);
    }

    /**
     * Part 2 A00: 3 with a client certificate, 2 with a password over wss://, 1 with a password over ws://; 0 for a
     * ws:// connection without a password (test set-ups, no security profile).
     */
    static int securityProfile(TransportConfig transport, BasicAuthCredentials credentials) {
        if (transport.clientCertificate().isPresent()) {
            return 3;
        }
        if (credentials.current().isEmpty()) {
            return 0;
        }
        return transport.usesTls() ? 2 : 1;
    }

    /**
     * Hands the connection's events (already on the core thread) to the station, and turns a refused CSMS
     * certificate or refused credentials into a security event — once per run of failures, so a CSMS that stays
     * wrong does not fill the queue while the bridge keeps retrying.
     */
    private static final class ConnectionEvents implements CsmsConnection.Listener {
        private final Station station;
        private final BadFrameLimit badFrames;
        private final BasicAuthCredentials credentials;
        private final Optional<StationCertificates> clientCertificates;
        private final StationObserver observer;
        private FailureKind raised;
        private WebSocket open;

        ConnectionEvents(
                Station station,
                BadFrameLimit badFrames,
                BasicAuthCredentials credentials,
                Optional<StationCertificates> clientCertificates,
                StationObserver observer) {
            this.station = station;
            this.badFrames = badFrames;
            this.credentials = credentials;
            this.clientCertificates = clientCertificates;
            this.observer = observer;
        }

        @Override
        public void onConnected(WebSocket webSocket) {
            raised = null;
            open = webSocket;
            badFrames.reset();
            if (credentials.pending()) {
                try {
                    credentials.accepted(); // A01: the new password worked; the previous one is forgotten
                    station.reportSecurityChange(
                            SecurityEventType.ReconfigurationOfSecurityParameters,
                            "connected with the new SecurityCtrlr.BasicAuthPassword");
                } catch (IOException e) {
                    observer.unexpectedError("storing the accepted password", e);
                }
            }
            if (clientCertificates.isPresent()) {
                try {
                    if (clientCertificates.get().connected()) {
                        // A02.FR.10: connected with the renewed certificate; the previous one is discarded.
                        station.reportSecurityChange(
                                SecurityEventType.ReconfigurationOfSecurityParameters,
                                "connected with the renewed ChargingStationCertificate; the previous one is"
                                        + " discarded");
                    }
                } catch (IOException e) {
                    observer.unexpectedError("promoting the renewed station certificate", e);
                }
            }
            station.connected(webSocket::send);
        }

        @Override
        public void onMessage(String text) {
            badFrames.beforeFrame();
            station.received(text);
            if (badFrames.afterFrame() && open != null) {
                log.warn(
                        "The CSMS sent {} invalid frames in a row; closing the connection with {}",
                        BadFrameLimit.MAX_CONSECUTIVE,
                        BadFrameLimit.CLOSE_CODE);
                open.close(BadFrameLimit.CLOSE_CODE, "too many invalid frames");
                open = null;
            }
        }

        @Override
        public void onDisconnected(Disconnect disconnect) {
            open = null;
            if (disconnect.wasConnected()) {
                station.disconnected(disconnect.reason());
            }
            if (!disconnect.wasConnected() && disconnect.failure().isPresent()) {
                if (clientCertificateRefused(disconnect.failure().get())) {
                    return;
                }
            }
            disconnect.failure().ifPresent(this::securityEvent);
        }

        /**
         * A02.FR.28: the CSMS refused the renewed client certificate (the TLS handshake failed, or the upgrade was
         * answered 401/403): the next attempt presents the previous one, and the CSMS hears why (A02.FR.29 asks
         * for an event here; Part 2 Appendix 1's FailedToAuthenticateAtCsms, "the authentication credentials
         * provided by the Charging Station were rejected by the CSMS", is the listed type that says it).
         */
        private boolean clientCertificateRefused(TransportException failure) {
            boolean refusal = failure.kind() == FailureKind.TLS_ERROR
                    || (failure.kind() == FailureKind.HANDSHAKE_REFUSED
                            && (failure.httpStatus() == 401 || failure.httpStatus() == 403));
            if (!refusal || clientCertificates.isEmpty()) {
                return false;
            }
            try {
                if (clientCertificates.get().refused()) {
                    station.reportSecurityChange(
                            SecurityEventType.FailedToAuthenticateAtCsms,
                            "the renewed ChargingStationCertificate was refused (" + failure.kind()
                                    + "); discarded, back to the previous one");
                    return true;
                }
            } catch (IOException e) {
                observer.unexpectedError("falling back to the previous station certificate", e);
            }
            return false;
        }

        private void securityEvent(TransportException failure) {
            if (failure.kind() == FailureKind.HANDSHAKE_REFUSED && failure.httpStatus() == 401) {
                try {
                    if (credentials.refused()) {
                        // A01: the CSMS refused the password it set; the next attempt uses the previous one.
                        station.reportSecurityChange(
                                SecurityEventType.FailedToAuthenticateAtCsms,
                                "the new BasicAuthPassword was refused; back to the previous one");
                        return;
                    }
                } catch (IOException e) {
                    observer.unexpectedError("falling back to the previous password", e);
                }
            }
            SecurityEventType type;
            if (failure.kind() == FailureKind.INVALID_CSMS_CERTIFICATE) {
                type = SecurityEventType.InvalidCsmsCertificate; // TC_A_05: a CSMS certificate that does not verify
            } else if (failure.kind() == FailureKind.HANDSHAKE_REFUSED && failure.httpStatus() == 401) {
                type = SecurityEventType.FailedToAuthenticateAtCsms;
            } else {
                return;
            }
            if (raised != failure.kind()) {
                raised = failure.kind();
                station.securityEvent(type, failure.getMessage());
            }
        }
    }
}
