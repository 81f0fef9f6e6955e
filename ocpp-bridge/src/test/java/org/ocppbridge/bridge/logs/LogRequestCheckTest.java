package org.ocppbridge.bridge.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.system.UploadLogsRequest;

/** The one check of a log request (N01): what is Rejected with which reason, and what an accepted one becomes. */
class LogRequestCheckTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final LogRequestCheck check =
            new LogRequestCheck(LogUploadSettings.defaults("CS-1", null, Path.of("/tmp/unused")));

    @Test
    void a_log_type_the_bridge_does_not_collect_is_refused_with_its_reason() {
        LogRequestCheck.Result result =
                check.check(new UploadLogsRequest(1, 0, null, null, "http://h/", "DataCollectorLog", 1), NOW);

        assertEquals("unsupported log type", result.refusal());
        assertEquals("UnsupportedParam", result.reasonCode());
        assertNull(result.accepted());
    }

    @Test
    void a_scheme_the_transfer_layer_does_not_speak_is_refused_with_its_reason() {
        LogRequestCheck.Result result =
                check.check(new UploadLogsRequest(1, 0, null, null, "scp://h/in/", "DiagnosticsLog", 2), NOW);

        assertTrue(result.refusal().contains("unsupported upload protocol"), result.refusal());
        assertEquals("InvalidURL", result.reasonCode());
    }

    @Test
    void N01FR05_a_DiagnosticsLog_with_nothing_to_collect_is_refused_NotFound_but_a_SecurityLog_is_accepted() {
        LogRequestCheck.Result diagnostics =
                check.check(new UploadLogsRequest(1, 0, null, null, "https://h/in/", "DiagnosticsLog", 5), NOW);
        assertEquals("NotFound", diagnostics.reasonCode());
        assertEquals("no diagnostics logs to collect: the bridge was started without --log-dir", diagnostics.refusal());
        assertNull(diagnostics.accepted());

        // The security log is always there (the bridge's own events).
        assertNull(check.check(new UploadLogsRequest(1, 0, null, null, "https://h/in/", "SecurityLog", 6), NOW)
                .refusal());

        LogRequestCheck withLogDir =
                new LogRequestCheck(LogUploadSettings.defaults("CS-1", Path.of("/var/log/charger"), Path.of("/tmp/x")));
        assertNull(withLogDir
                .check(new UploadLogsRequest(1, 0, null, null, "https://h/in/", "DiagnosticsLog", 7), NOW)
                .refusal());
    }

    @Test
    void a_malformed_url_in_a_supported_scheme_is_accepted_to_end_in_BadMessage() {
        LogRequestCheck.Result result =
                check.check(new UploadLogsRequest(1, 0, null, null, "ftp:///no-host", "SecurityLog", 3), NOW);

        assertNull(result.refusal());
        assertEquals(
                UploadLocation.Kind.MALFORMED,
                UploadLocation.check(result.accepted().location()).kind());
    }

    @Test
    void an_accepted_request_gets_its_archive_name_and_the_default_attempts() {
        PendingUpload accepted = check.check(
                        new UploadLogsRequest(null, null, null, null, "https://h/in/", "SecurityLog", 4), NOW)
                .accepted();

        assertEquals("CS-1-SecurityLog-4-20260301T100000Z.tar.gz", accepted.fileName());
        assertEquals(1, accepted.attempts());
        assertEquals(60, accepted.retryIntervalS());
        assertEquals(0, accepted.attemptsStarted());
    }
}
