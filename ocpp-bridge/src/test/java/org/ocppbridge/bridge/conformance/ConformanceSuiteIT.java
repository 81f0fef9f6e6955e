package org.ocppbridge.bridge.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.conformance.CaseResult;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.ConformanceCases;
import org.ocppbridge.simulator.conformance.ConformanceRunner;
import org.ocppbridge.simulator.conformance.ProcessStationLauncher;

/** The whole conformance suite, in launch mode, against the packaged bridge: every case must pass. */
class ConformanceSuiteIT {

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void every_conformance_case_passes_against_the_bridge_jar(@TempDir Path dir) throws Exception {
        String jar = System.getProperty("ocppbridge.jar");
        assertNotNull(jar, "failsafe sets ocppbridge.jar");
        assertTrue(Files.isRegularFile(Path.of(jar)), "the shaded jar exists: " + jar);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

        List<ConformanceCase> cases = ConformanceCases.all();
        List<CaseResult> results = new ConformanceRunner(dir, out)
                .runLaunched(cases, new ProcessStationLauncher("\"" + java + "\" -jar \"" + jar + "\""));

        String printed = output.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        assertEquals(cases.size(), results.size(), printed);
        assertTrue(results.stream().allMatch(CaseResult::passed), printed);
        assertTrue(printed.strip().endsWith(cases.size() + " passed, 0 failed"), printed);
    }
}
