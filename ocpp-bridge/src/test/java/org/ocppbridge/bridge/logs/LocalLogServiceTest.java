package org.ocppbridge.bridge.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.VirtualScheduler;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.mappings.system.UploadLogsResponse;
import org.ocppbridge.mappings.system.UploadLogsStatus;
import org.ocppbridge.simulator.files.UploadReceiver;
import org.ocppbridge.simulator.files.UploadReceiver.Mode;
import org.ocppbridge.simulator.files.UploadReceiver.Upload;

class LocalLogServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    private Path logDir;
    private Path dataDir;
    private LogUploadSettings settings;
    private SecurityEventLog securityLog;
    private UploadReceiver receiver;
    private ScheduledExecutorService timer;
    private final StatusRecorder statuses = new StatusRecorder();
    private LocalLogService service;

    @BeforeEach
    void setUp() throws IOException {
        logDir = Files.createDirectories(tmp.resolve("logs"));
        dataDir = tmp.resolve("data");
        settings = new LogUploadSettings(
                "CS-1",
                logDir,
                dataDir,
                org.ocppbridge.bridge.transfer.UploadMethod.PUT,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                1,
                0,
                null);
        securityLog = SecurityEventLog.open(dataDir);
        receiver = UploadReceiver.start(tmp.resolve("received"));
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ocpp-test-timer"));
    }

    @AfterEach
    void tearDown() {
        if (service != null) {
            service.close();
        }
        timer.shutdownNow();
        receiver.close();
        securityLog.close();
    }

    @Test
    void TC_N_25_diagnostics_log_is_accepted_with_a_file_name_then_Uploading_then_Uploaded() throws Exception {
        Path log = Files.writeString(logDir.resolve("charger.log"), "charger started\n");
        Files.setLastModifiedTime(log, FileTime.from(Instant.now()));
        service = realService();

        UploadLogsResponse response =
                Requests.upload(service, request(11, "DiagnosticsLog", receiver.uri("/logs/"), 1));

        assertEquals(UploadLogsStatus.Accepted, response.uploadLogsStatus());
        assertTrue(
                response.fileName().matches("CS-1-DiagnosticsLog-11-\\d{8}T\\d{6}Z\\.tar\\.gz"), response.fileName());
        statuses.expect(LogStatusEnum.Uploading, 11);
        statuses.expect(LogStatusEnum.Uploaded, 11);
        Upload upload = receiver.awaitUpload(WAIT);
        assertEquals(response.fileName(), upload.fileName());
        assertEquals("charger started\n", Archives.read(upload.file()).get("logs/charger.log"));
        assertEquals(Optional.empty(), service.currentUpload());
        assertFalse(Files.exists(settings.workDir().resolve(PendingUploadStore.FILE_NAME)), "state cleared");
        assertFalse(Files.exists(settings.workDir().resolve(response.fileName())), "archive deleted");
        statuses.assertNothingMore();
    }

    @Test
    void TC_N_35_security_log_is_uploaded_with_the_events_the_bridge_raised() throws Exception {
        securityLog.append(Instant.now(), "StartupOfTheDevice", "powered up");
        service = realService();

        UploadLogsResponse response = Requests.upload(service, request(12, "SecurityLog", receiver.uri("/logs/"), 1));

        assertEquals(UploadLogsStatus.Accepted, response.uploadLogsStatus());
        statuses.expect(LogStatusEnum.Uploading, 12);
        statuses.expect(LogStatusEnum.Uploaded, 12);
        Map<String, String> entries = Archives.read(receiver.awaitUpload(WAIT).file());
        assertTrue(entries.get("security-events.log").contains("\tStartupOfTheDevice\tpowered up\n"));
    }

    @Test
    void TC_N_26_four_attempts_R_apart_then_one_failure_status_with_the_request_id() throws Exception {
        settings = reportingLastAttemptOnly(settings);
        receiver.mode(Mode.SERVER_ERROR);
        VirtualScheduler virtual = new VirtualScheduler();
        service = virtualService(virtual);

        // OCPP retries=3 arrives as system retries=4 (attempts in all); R = 30 s.
        UploadLogsResponse response = Requests.upload(service, request(13, "DiagnosticsLog", receiver.uri("/"), 4, 30));
        assertEquals(UploadLogsStatus.Accepted, response.uploadLogsStatus());

        virtual.runUntilIdle();
        statuses.expect(LogStatusEnum.Uploading, 13);
        receiver.awaitRequests(1, WAIT);
        for (int attempt = 2; attempt <= 4; attempt++) {
            virtual.advanceBy(Duration.ofSeconds(29));
            assertEquals(attempt - 1, receiver.requests(), "no attempt before R has passed");
            virtual.advanceBy(Duration.ofSeconds(1));
            receiver.awaitRequests(attempt, WAIT);
        }
        // N01.FR.10: the failure is reported once, after the last attempt, 3 x R after Uploading.
        statuses.expect(LogStatusEnum.UploadFailure, 13);
        assertEquals(Duration.ofSeconds(90), virtual.elapsed());
        virtual.advanceBy(Duration.ofHours(1));
        // The receiver counts a request once its answer is out, which may be after the bridge read it.
        receiver.awaitRequests(4, WAIT);
        assertEquals(4, receiver.requests());
        statuses.assertNothingMore();
        assertEquals(Optional.empty(), service.currentUpload());
    }

    @Test
    void TC_N_26_ER_6_1_29_by_default_each_attempt_reports_its_failure_and_Uploading_again_for_the_next()
            throws Exception {
        receiver.mode(Mode.FORBIDDEN);
        VirtualScheduler virtual = new VirtualScheduler();
        service = virtualService(virtual);

        // OCPP retries=3 arrives as system retries=4 (attempts in all); R = 30 s.
        service.uploadLogs(request(16, "DiagnosticsLog", receiver.uri("/"), 4, 30));
        virtual.runUntilIdle();
        statuses.expect(LogStatusEnum.Uploading, 16);
        for (int attempt = 1; attempt <= 3; attempt++) {
            receiver.awaitRequests(attempt, WAIT);
            // Steps (3,) 5 per attempt: the failure, and the next attempt announced at once.
            statuses.expect(LogStatusEnum.PermissionDenied, 16);
            statuses.expect(LogStatusEnum.Uploading, 16);
            assertEquals(Optional.of(16), service.currentUpload(), "still the request in progress");
            virtual.advanceBy(Duration.ofSeconds(29));
            assertEquals(attempt, receiver.requests(), "no attempt before R has passed");
            virtual.advanceBy(Duration.ofSeconds(1));
        }
        receiver.awaitRequests(4, WAIT);
        statuses.expect(LogStatusEnum.PermissionDenied, 16);
        assertEquals(Duration.ofSeconds(90), virtual.elapsed(), "the last failure 3 x R after the first Uploading");
        virtual.advanceBy(Duration.ofHours(1));
        assertEquals(4, receiver.requests());
        statuses.assertNothingMore();
        assertEquals(Optional.empty(), service.currentUpload());
    }

    @Test
    void N01_a_single_attempt_refused_with_403_ends_in_PermissionDenied() throws Exception {
        receiver.mode(Mode.FORBIDDEN);
        VirtualScheduler virtual = new VirtualScheduler();
        service = virtualService(virtual);

        Requests.upload(service, request(14, "DiagnosticsLog", receiver.uri("/"), 1, 5));
        virtual.runUntilIdle();
        virtual.advanceBy(Duration.ofMinutes(5));

        statuses.expect(LogStatusEnum.Uploading, 14);
        statuses.expect(LogStatusEnum.PermissionDenied, 14);
        // The receiver counts a request once its answer is out, which may be after the bridge read it.
        receiver.awaitRequests(1, WAIT);
        assertEquals(1, receiver.requests());
    }

    @Test
    void N01_a_retry_that_succeeds_ends_in_Uploaded_after_exactly_two_attempts() throws Exception {
        settings = reportingLastAttemptOnly(settings);
        receiver.mode(Mode.SERVER_ERROR);
        VirtualScheduler virtual = new VirtualScheduler();
        service = virtualService(virtual);

        Requests.upload(service, request(15, "DiagnosticsLog", receiver.uri("/"), 3, 10));
        virtual.runUntilIdle();
        receiver.awaitRequests(1, WAIT);
        receiver.mode(Mode.CREATED);
        virtual.advanceBy(Duration.ofSeconds(10));

        statuses.expect(LogStatusEnum.Uploading, 15);
        statuses.expect(LogStatusEnum.Uploaded, 15);
        virtual.advanceBy(Duration.ofMinutes(5));
        // The receiver counts a request once its answer is out, which may be after the bridge read it.
        receiver.awaitRequests(2, WAIT);
        assertEquals(2, receiver.requests());
        statuses.assertNothingMore();
    }

    @Test
    void TC_N_36_second_GetLog_cancels_the_first_which_is_reported_AcceptedCanceled_before_the_second_runs()
            throws Exception {
        receiver.mode(Mode.SLOW);
        service = realService();

        assertEquals(
                UploadLogsStatus.Accepted,
                Requests.upload(service, request(21, "DiagnosticsLog", receiver.uri("/"), 1))
                        .uploadLogsStatus());
        statuses.expect(LogStatusEnum.Uploading, 21);
        receiver.awaitHolding(WAIT);
        // TC_F_16: a triggered LogStatusNotification reports Uploading with this requestId.
        assertEquals(Optional.of(21), service.currentUpload());

        receiver.mode(Mode.CREATED);
        UploadLogsResponse second = Requests.upload(service, request(22, "DiagnosticsLog", receiver.uri("/"), 1));

        assertEquals(UploadLogsStatus.AcceptedCanceled, second.uploadLogsStatus());
        statuses.expect(LogStatusEnum.AcceptedCanceled, 21);
        statuses.expect(LogStatusEnum.Uploading, 22);
        statuses.expect(LogStatusEnum.Uploaded, 22);
        receiver.release();
        Upload stored = receiver.awaitUpload(WAIT);
        if (!stored.fileName().equals(second.fileName())) {
            // The held first upload may be stored too; the second must be among what arrived.
            assertEquals(second.fileName(), receiver.awaitUpload(WAIT).fileName());
        }
        statuses.assertNothingMore();
        assertEquals(Optional.empty(), service.currentUpload());
    }

    @Test
    void N01_an_unsupported_scheme_or_log_type_is_Rejected_before_answering_with_a_reason() throws Exception {
        service = realService();

        UploadLogsRequest scp = new UploadLogsRequest(1, 0, null, null, "scp://host/logs/", "DiagnosticsLog", 31);
        assertEquals(new UploadLogsResponse(null, UploadLogsStatus.Rejected), Requests.upload(service, scp));
        assertTrue(Requests.decision(service, scp).reason().orElseThrow().contains("unsupported upload protocol"));

        UploadLogsRequest noScheme = new UploadLogsRequest(1, 0, null, null, "logs-server/in", "DiagnosticsLog", 32);
        assertEquals(
                UploadLogsStatus.Rejected, Requests.upload(service, noScheme).uploadLogsStatus());

        UploadLogsRequest dataCollector =
                new UploadLogsRequest(1, 0, null, null, receiver.uri("/").toString(), "DataCollectorLog", 33);
        assertEquals(
                UploadLogsStatus.Rejected,
                Requests.upload(service, dataCollector).uploadLogsStatus());
        assertEquals(Optional.empty(), service.currentUpload());
        // The receiver counts a request once its answer is out, which may be after the bridge read it.
        receiver.awaitRequests(0, WAIT);
        assertEquals(0, receiver.requests());
    }

    @Test
    void N01_a_malformed_url_in_a_supported_scheme_is_Accepted_then_BadMessage_without_an_attempt() throws Exception {
        service = realService();

        UploadLogsResponse response = Requests.upload(
                service, new UploadLogsRequest(3, 0, null, null, "http://bad host/logs/", "DiagnosticsLog", 41));

        assertEquals(UploadLogsStatus.Accepted, response.uploadLogsStatus());
        statuses.expect(LogStatusEnum.BadMessage, 41);
        // The receiver counts a request once its answer is out, which may be after the bridge read it.
        receiver.awaitRequests(0, WAIT);
        assertEquals(0, receiver.requests());
        statuses.assertNothingMore();
    }

    @Test
    void an_upload_cut_by_a_restart_is_uploaded_again_after_resume_and_ends_with_its_request_id() throws Exception {
        receiver.mode(Mode.SLOW);
        LocalLogService first = realService();
        Requests.upload(first, request(51, "DiagnosticsLog", receiver.uri("/"), 1));
        statuses.expect(LogStatusEnum.Uploading, 51);
        receiver.awaitHolding(WAIT);
        first.close();
        assertTrue(Files.exists(settings.workDir().resolve(PendingUploadStore.FILE_NAME)), "state kept on disk");
        statuses.assertNothingMore();

        receiver.mode(Mode.CREATED);
        service = realService();
        service.resume();

        statuses.expect(LogStatusEnum.Uploading, 51);
        statuses.expect(LogStatusEnum.Uploaded, 51);
        // The final status is reported and the state cleared under the service's lock: taking it once waits for both.
        assertEquals(Optional.empty(), service.currentUpload());
        assertFalse(Files.exists(settings.workDir().resolve(PendingUploadStore.FILE_NAME)));
    }

    @Test
    void a_damaged_upload_state_after_a_restart_ends_in_UploadFailure_for_its_request_id() throws Exception {
        Files.createDirectories(settings.workDir());
        Files.writeString(settings.workDir().resolve(PendingUploadStore.FILE_NAME), "requestId=77\nlocation=\n");
        service = realService();

        service.resume();

        statuses.expect(LogStatusEnum.UploadFailure, 77);
        assertFalse(Files.exists(settings.workDir().resolve(PendingUploadStore.FILE_NAME)));
        statuses.assertNothingMore();
    }

    @Test
    void resume_without_a_stored_upload_reports_nothing() throws Exception {
        service = realService();
        service.resume();
        assertEquals(Optional.empty(), service.currentUpload());
        statuses.assertNothingMore();
    }

    private static LogUploadSettings reportingLastAttemptOnly(LogUploadSettings s) {
        return new LogUploadSettings(
                s.stationId(),
                s.logDir(),
                s.dataDir(),
                s.httpMethod(),
                s.connectTimeout(),
                s.transferTimeout(),
                s.defaultAttempts(),
                s.defaultRetryIntervalS(),
                s.csmsCaPem(),
                false);
    }

    private LocalLogService realService() {
        return new LocalLogService(settings, securityLog, Clock.systemUTC(), timer, statuses);
    }

    private LocalLogService virtualService(VirtualScheduler virtual) {
        // Work and waits both run on the test thread inside runUntilIdle/advanceBy: attempts are real HTTP calls,
        // the time between them is virtual.
        return new LocalLogService(
                settings,
                securityLog,
                LocalLogService.standardTransfers(settings),
                virtual.clock(),
                virtual,
                virtual,
                statuses);
    }

    private static UploadLogsRequest request(int id, String type, java.net.URI location, int attempts) {
        return request(id, type, location, attempts, 0);
    }

    private static UploadLogsRequest request(int id, String type, java.net.URI location, int attempts, int r) {
        return new UploadLogsRequest(attempts, r, null, null, location.toString(), type, id);
    }
}
