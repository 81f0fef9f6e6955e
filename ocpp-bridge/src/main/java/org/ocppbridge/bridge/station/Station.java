package org.ocppbridge.bridge.station;

import com.google.gson.Gson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import org.ocppbridge.bridge.devicemodel.CertificateStoreFacts;
import org.ocppbridge.bridge.devicemodel.ConnectionFacts;
import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.json.OcppGson;
import org.ocppbridge.bridge.queue.DurableQueue;
import org.ocppbridge.bridge.rpc.RpcObserver;
import org.ocppbridge.bridge.rpc.RpcSession;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.mappings.SecurityEventMapping;
import org.ocppbridge.mappings.ocpp.NotifyReportResponse;
import org.ocppbridge.schemas.JsonSchemas;

/**
 * The charging station as the CSMS sees it: registration, heartbeat, the durable outbox, and one handler per
 * action. The owner feeds it connection events on the core thread ({@link #connected}, {@link #received},
 * {@link #disconnected}); the system reports through {@link #systemListener()} from any thread.
 */
public final class Station {

    private final ScheduledExecutorService core;
    private final ChargerSystem system;
    private final StationSettings settings;
    private final StationObserver observer;
    private final RpcSession rpc;
    private final Registration registration;
    private final Heartbeat heartbeat;
    private final Outbox outbox;
    private final SecurityEvents securityEvents;
    private final RepeatLimiter invalidMessages;
    private final StatusReporter statusReporter;
    /** Set after the registration that calls it; it is only called once the station runs. */
    private final CertificateRenewal renewal;

    /**
     * What the owner of one life shares with its station.
     *
     * @param core the one protocol core thread: it owns the station's state and runs its timers
     * @param clock the clock of timestamps and time-outs
     * @param schemas the JSON Schemas every frame is checked against
     * @param observer lifecycle events (connected, boot accepted, delivered …)
     * @param rpcObserver RPC events (CALLERRORs sent, frames dropped, calls failed)
     */
    public record Services(
            ScheduledExecutorService core,
            Clock clock,
            JsonSchemas schemas,
            StationObserver observer,
            RpcObserver rpcObserver) {}

    public Station(
            Services services,
            ChargerSystem system,
            CertificatePlane certificates,
            ConnectionFacts connection,
            DurableQueue queue,
            SecurityLog securityLog,
            StationSettings settings) {
        this.core = services.core();
        this.system = system;
        this.settings = settings;
        this.observer = services.observer();
        RpcObserver rpcObserver = services.rpcObserver();
        Gson gson = OcppGson.create();
        FirmwareStatusTracker firmware =
                new FirmwareStatusTracker(new LastFirmwareStatusFile(settings.lastFirmwareStatusFile()));
        LogStatusTracker logs = new LogStatusTracker();
        this.rpc = new RpcSession(core, services.schemas(), gson, settings.callTimeout(), new RpcObserver() {
            @Override
            public void callErrorSent(org.ocppbridge.bridge.rpc.CallError error) {
                rpcObserver.callErrorSent(error);
                // Part 2 Appendix 1: a bad message from the CSMS goes to the security log (not critical: not sent);
                // a flood goes there as one event per window with its count, not one forced write per frame.
                if (invalidMessages.admit()) {
                    securityEvents.raise(
                            org.ocppbridge.mappings.SecurityEventType.InvalidMessages,
                            error.code() + ": " + error.description());
                }
            }

            @Override
            public void frameDropped(String why) {
                rpcObserver.frameDropped(why);
            }

            @Override
            public void callFailed(String action, org.ocppbridge.bridge.rpc.CallFailedException failure) {
                rpcObserver.callFailed(action, failure);
            }

            @Override
            public void unexpectedError(String where, Throwable error) {
                rpcObserver.unexpectedError(where, error);
            }
        });
        StationContext context = new StationContext(core, services.clock(), rpc, gson, observer);
        this.outbox = new Outbox(context, queue, settings.notificationRetry());
        rpc.setWhenAnswered(outbox::answered);
        this.securityEvents = new SecurityEvents(services.clock(), securityLog, outbox);
        this.invalidMessages = new RepeatLimiter(
                core,
                RepeatLimiter.WINDOW,
                count -> securityEvents.raise(
                        org.ocppbridge.mappings.SecurityEventType.InvalidMessages,
                        count + " more bad frames answered in " + RepeatLimiter.WINDOW.toSeconds() + " s"));
        this.heartbeat = new Heartbeat(context, settings.defaultHeartbeatInterval(), this::csmsTime);
        this.registration = new Registration(context, settings, new Registration.Listener() {
            @Override
            public void accepted(int interval, Instant csmsTime) {
                csmsTime(csmsTime);
                heartbeat.start(interval);
                outbox.open();
                renewal.checkExpiry(); // A03: renew a station certificate near its end
            }

            @Override
            public void resumed() {
                heartbeat.resume();
                outbox.open();
                renewal.checkExpiry();
            }

            @Override
            public void notAccepted(RegistrationState state) {
                heartbeat.stop();
                outbox.close();
            }
        });
        Resets resets = new Resets(
                context,
                system,
                outbox,
                () -> firmware.busy() || logs.busy(),
                settings.resetFlushLimit(),
                new ScheduledResetFile(settings.scheduledResetFile()));
        this.statusReporter = new StatusReporter(outbox, securityEvents, firmware, logs, resets::statusChanged);

        rpc.register(new UpdateFirmwareHandler(system, securityEvents));
        rpc.register(new GetLogHandler(system));
        rpc.register(new ResetHandler(system, resets));
        DeviceModel deviceModel = new DeviceModel(new DeviceModel.Sources(
                settings.deviceModelFile(),
                services.clock(),
                settings.callTimeout(),
                heartbeat,
                connection,
                new CertificateStoreFacts(
                        certificates.store()::size,
                        certificates.limits().maxCertificateEntries(),
                        certificates.limits().maxCertificateChainSize())));
        this.renewal = new CertificateRenewal(context, certificates, deviceModel::signing, securityEvents);
        rpc.register(new TriggerMessageHandler(registration, heartbeat, outbox, firmware, logs, renewal));
        rpc.register(new CertificateSignedHandler(renewal));
        rpc.register(new GetVariablesHandler(deviceModel));
        rpc.register(new SetVariablesHandler(deviceModel));
        rpc.register(new InstallCertificateHandler(certificates, services.clock(), securityEvents));
        rpc.register(new GetInstalledCertificateIdsHandler(certificates));
        rpc.register(new DeleteCertificateHandler(certificates, securityEvents));
        rpc.register(new RequestStartTransactionHandler());
        rpc.register(new RequestStopTransactionHandler());
        NotifyReports reports = new NotifyReports(
                gson, services.clock(), report -> rpc.call("NotifyReport", report, NotifyReportResponse.class)
                        .whenComplete((answer, failure) -> {
                            if (failure != null) {
                                // A report is not a status to keep: the CSMS can ask again.
                                observer.unexpectedError("NotifyReport", failure);
                            }
                        }));
        rpc.register(new GetBaseReportHandler(deviceModel, reports));
        rpc.register(new GetReportHandler(deviceModel, reports));
        rpc.setGate(registration);
    }

    /**
     * Starts the station's life: the system reports to it from now on, and the boot's security event is queued
     * (it goes out after the boot is Accepted).
     */
    public void start() {
        system.setListener(statusReporter);
        // After a firmware install the FirmwareUpdated event is raised once, by the Installed status that
        // follows this boot (TC_L_01: Installed and FirmwareUpdated in any order), not twice.
        if (settings.bootReason() != org.ocppbridge.mappings.system.BootReason.FirmwareUpdate) {
            SecurityEventMapping.forBoot(settings.bootReason())
                    .ifPresent(type -> securityEvents.raise(type, "boot reason " + settings.bootReason()));
        }
    }

    /** A connection opened (core thread). */
    public void connected(RpcSession.FrameSink sink) {
        observer.connected();
        rpc.attach(sink);
        registration.connected();
    }

    /** A text frame arrived (core thread). */
    public void received(String text) {
        rpc.onText(text);
    }

    /** The connection is gone (core thread). */
    public void disconnected(String why) {
        observer.disconnected(why);
        heartbeat.stop();
        outbox.close();
        registration.disconnected();
        rpc.detach();
    }

    /** Where the system reports its variables; any thread. */
    public ChargerSystem.Listener systemListener() {
        return statusReporter;
    }

    /** Raises a security event (connection and TLS failures, bad messages); any thread. */
    public void securityEvent(org.ocppbridge.mappings.SecurityEventType type, String techInfo) {
        securityEvents.raise(type, techInfo);
    }

    /**
     * Logs and sends a security event whether or not it is critical: the changes the CSMS made to the security
     * plane and their failures (a new password refused). Any thread.
     */
    public void reportSecurityChange(org.ocppbridge.mappings.SecurityEventType type, String techInfo) {
        securityEvents.report(type, techInfo);
    }

    public RegistrationState registrationState() {
        return registration.state();
    }

    /**
     * Runs {@code action} on the core thread once the queued notifications are acknowledged or {@code limit} has
     * passed (the owner's restart waits on this). Any thread.
     */
    public void whenQueueDrained(Duration limit, Runnable action) {
        outbox.whenDrained(limit, action);
    }

    /**
     * Called on the core thread with the answer that carried the time, and handed to the system at once: a task
     * queued behind it could run after the next CSMS frame, which the CSMS may send expecting the time applied.
     */
    private void csmsTime(Instant time) {
        if (time != null) {
            system.setSystemTime(time);
        }
    }
}
