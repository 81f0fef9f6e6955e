package org.ocppbridge.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The conformance command's options, read through the real command line. */
class ConformanceCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = SimulatorMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void list_works_without_station_or_listen() {
        int exit = run("conformance", "--list");

        assertEquals(0, exit, err.toString());
        assertTrue(
                out.toString().contains("TC_L_01_CS  Secure firmware update - installation successful\n"),
                out::toString);
        assertTrue(out.toString().contains("TC_L_08_CS  "), out::toString);
        assertEquals("", err.toString());
    }

    @Test
    void list_honours_only() {
        int exit = run("conformance", "--list", "--only", "TC_N_26_CS");

        assertEquals(0, exit, err.toString());
        assertEquals(1, out.toString().lines().count(), out::toString);
        assertTrue(out.toString().startsWith("TC_N_26_CS  "), out::toString);
    }

    @Test
    void running_cases_without_station_or_listen_is_one_line_and_exit_2() {
        int exit = run("conformance", "--only", "TC_N_26_CS");

        assertEquals(SimulatorMain.BAD_USAGE, exit);
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().contains("--station COMMAND"), err::toString);
        assertEquals("", out.toString());
    }

    @Test
    void station_and_listen_together_are_refused_with_exit_2() {
        int exit = run("conformance", "--station", "x", "--listen", "9");

        assertEquals(SimulatorMain.BAD_USAGE, exit);
        assertEquals(1, err.toString().lines().count(), err::toString);
    }
}
