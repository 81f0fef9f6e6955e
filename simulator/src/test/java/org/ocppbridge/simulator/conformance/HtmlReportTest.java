package org.ocppbridge.simulator.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.Frame;

class HtmlReportTest {

    @Test
    void the_report_is_one_offline_page_and_shows_station_text_as_text(@TempDir Path dir) throws Exception {
        Instant at = Instant.parse("2030-01-02T03:04:05Z");
        String hostile = "[2,\"1\",\"BootNotification\",{\"x\":\"<script>alert(1)</script><img src=http://x/>\"}]";
        List<CaseResult> results = List.of(
                new CaseResult("TC_B_01_CS", true, "", Duration.ofMillis(1200), List.of()),
                new CaseResult(
                        "TC_L_01_CS",
                        false,
                        "L01.FR.20: FirmwareStatusNotification Downloading has no requestId <b>",
                        Duration.ofMillis(3400),
                        List.of(new Frame(Frame.Direction.FROM_STATION, at, hostile))));
        Path file = dir.resolve("report.html");

        HtmlReport.write(file, results, "CS-<1>", at);

        String html = Files.readString(file);
        assertTrue(html.contains("<p id=\"summary\">1 passed, 1 failed &middot; station CS-&lt;1&gt;"), html);
        assertTrue(html.contains("<td class=\"FAIL\">FAIL</td><td>L01.FR.20: FirmwareStatusNotification Downloading"
                + " has no requestId &lt;b&gt;</td><td>3400</td>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=http://x/&gt;"));
        assertFalse(html.contains("<script"), "no script, not even one from a frame");
        assertFalse(
                html.contains("<link") || html.contains("src=\"") || html.contains("href="), "nothing from outside");
    }
}
