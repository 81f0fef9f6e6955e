package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The A01 password lifecycle: flag first, rotation kept on disk (0600), fallback when the CSMS refuses. */
class BasicAuthCredentialsTest {

    private static final String FLAG = "flag-password-0001";
    private static final String ROTATED = "rotated-password-0002";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("data").resolve("basic-auth-password");
    }

    private static String password(BasicAuthCredentials credentials) {
        return credentials.current().orElseThrow().password();
    }

    @Test
    void the_flag_is_the_first_value_and_no_file_is_written_for_it() throws Exception {
        BasicAuthCredentials credentials = BasicAuthCredentials.open("CS-1", FLAG, file());
        assertEquals(FLAG, password(credentials));
        assertFalse(Files.exists(file()));
        assertTrue(BasicAuthCredentials.open("CS-1", null, file()).current().isEmpty());
    }

    @Test
    void A01_a_rotated_password_is_used_at_once_kept_0600_and_wins_over_the_flag_after_a_restart() throws Exception {
        BasicAuthCredentials credentials = BasicAuthCredentials.open("CS-1", FLAG, file());
        credentials.rotate(ROTATED);
        assertEquals(ROTATED, password(credentials));
        assertTrue(credentials.pending());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));

        credentials.accepted();
        assertFalse(credentials.pending());
        assertEquals(ROTATED + "\n\n", Files.readString(file())); // the previous one is forgotten
        assertEquals(ROTATED, password(BasicAuthCredentials.open("CS-1", FLAG, file())));
    }

    @Test
    void A01_a_new_password_the_CSMS_refuses_falls_back_to_the_previous_one_once() throws Exception {
        BasicAuthCredentials credentials = BasicAuthCredentials.open("CS-1", FLAG, file());
        credentials.rotate(ROTATED);

        assertTrue(credentials.refused());
        assertEquals(FLAG, password(credentials));
        assertFalse(credentials.refused(), "no second fallback: the previous password is the last one known");
        assertEquals(FLAG, password(BasicAuthCredentials.open("CS-1", "other-flag-00000003", file())));
    }

    @Test
    void a_restart_while_pending_keeps_the_fallback() throws Exception {
        BasicAuthCredentials.open("CS-1", FLAG, file()).rotate(ROTATED);
        BasicAuthCredentials reopened = BasicAuthCredentials.open("CS-1", FLAG, file());
        assertEquals(ROTATED, password(reopened));
        assertTrue(reopened.pending());
        assertTrue(reopened.refused());
        assertEquals(FLAG, password(reopened));
    }

    @Test
    void a_password_outside_passwordString_is_refused_without_echoing_it() throws Exception {
        BasicAuthCredentials credentials = BasicAuthCredentials.open("CS-1", FLAG, file());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> credentials.rotate("short-secret"));
        assertFalse(e.getMessage().contains("short-secret"));
        assertEquals(FLAG, password(credentials));
        assertFalse(credentials.toString().contains(FLAG));
    }
}
