package org.ocppbridge.bridge.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.conformance.FirmwareMaterial;
import org.ocppbridge.simulator.conformance.LaunchSpec;
import org.ocppbridge.simulator.conformance.ProcessStationLauncher;
import org.ocppbridge.simulator.conformance.StationLauncher;
import org.ocppbridge.simulator.console.Console;
import org.ocppbridge.simulator.console.ConsoleSettings;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17: the simulator's web console in a real browser (headless Chromium through Selenium), over a real
 * simulator with the packaged bridge jar connected to it as the station. Each test starts all of them afresh and
 * leaves a screenshot in {@code target/console-screenshots/}. One class (a little over 300 lines) on purpose: the
 * tests share this fixture and its helpers, and each is one thing a person does on the page.
 */
class ConsoleBrowserIT {

    private static final String STATION = "CS-CONSOLE";
    /** A firmware update includes the bridge's reboot: stop, start, reconnect, boot. */
    private static final Duration INSTALL = Duration.ofSeconds(60);

    /** The console waits 30 s for a station's answer; the page shows it right after. */
    private static final Duration ANSWER = Duration.ofSeconds(35);

    private static final Path TARGET = Path.of("target");

    /** The test PKI and signed image, made once: four RSA keys take seconds on a busy machine. */
    private static FirmwareMaterial firmware;
    /** One browser for the class (each test opens its own console afresh): Chromium takes a while to start. */
    private static Browser browser;

    @TempDir
    Path home;

    private CsmsSimulator csms;
    private Console console;
    private StationLauncher.Running station;
    private String testName;

    @BeforeAll
    static void startBrowserAndMakeFirmware(@TempDir Path pki) throws Exception {
        firmware = FirmwareMaterial.create(pki);
        browser = new Browser(TARGET.resolve("console-screenshots"));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void setUp(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        csms = CsmsSimulator.builder().defaultReplies(true).start();
        console = Console.start(
                csms, new ConsoleSettings("127.0.0.1", 0, home.resolve("console"), bridgeCommand()), firmware);
        Path logs = Files.createDirectories(home.resolve("logs"));
        Files.writeString(logs.resolve("charger.log"), "2026-01-01T00:00:00Z charger started\n");
        station = new ProcessStationLauncher(bridgeCommand())
                .launch(new LaunchSpec(
                        csms.url(),
                        STATION,
                        home.resolve("data"),
                        logs,
                        console.trustAnchor(),
                        List.of("--retry-backoff-wait-minimum", "1", "--retry-backoff-random-range", "0"),
                        home.resolve("station.out")));
        browser.downloadTo(TARGET.resolve("console-downloads").resolve(testName));
        browser.open(console.url());
        awaitStationBooted();
    }

    @AfterEach
    void tearDown() throws IOException {
        try {
            browser.screenshot(testName);
        } finally {
            if (station != null) {
                station.close();
            }
            if (console != null) {
                console.close();
            }
            if (csms != null) {
                csms.close();
            }
        }
    }

    @Test
    void the_bridge_jar_connects_and_appears_in_the_stations_view() {
        String row = browser.await("the station's row", d -> d.findElement(
                        By.cssSelector("#stations-table tr[data-station='" + STATION + "']"))
                .getText());
        assertTrue(row.contains("none (ws, no auth)"), row);
        assertTrue(row.endsWith("connected") && !row.endsWith("disconnected"), row);
        browser.await(
                "the BootNotification CALL in the timeline",
                d -> d.findElement(
                        By.cssSelector("#timeline tr.frame[data-action='BootNotification'][data-type='CALL']")));
        String answer = browser.await("the BootNotification answer in the timeline", d -> d.findElement(
                        By.cssSelector("#timeline tr.frame[data-action='BootNotification'][data-type='CALLRESULT']"))
                .getAttribute("data-status"));
        assertEquals("Accepted", answer);
    }

    @Test
    void UpdateFirmware_from_the_form_ends_Installed_in_the_timeline_and_in_the_sequence_picture() throws IOException {
        browser.find(By.cssSelector("#command-tabs button[data-tab='UpdateFirmware']"))
                .click();
        browser.find(By.cssSelector("#form-UpdateFirmware button[type=submit]")).click();
        awaitAnswer("CALLRESULT Accepted");

        browser.await(
                "FirmwareStatusNotification Installed in the timeline",
                INSTALL,
                d -> d.findElement(By.cssSelector(
                        "#timeline tr.frame[data-action='FirmwareStatusNotification'][data-status='Installed']")));
        // The sequence picture shows the update's span (its requestId, set by the answer) in time order.
        browser.await(
                "Installed in the sequence picture",
                d -> d.findElement(By.cssSelector("svg#sequence g.message[data-status='Installed']")));
        List<String> arrows = browser.await("the arrows of the sequence picture", d -> {
            List<String> read = new ArrayList<>();
            for (WebElement message : d.findElements(By.cssSelector("svg#sequence g.message"))) {
                read.add(message.getAttribute("data-type") + " " + message.getAttribute("data-action") + " "
                        + message.getAttribute("data-status"));
            }
            return read;
        });
        assertEquals("CALL UpdateFirmware ", arrows.get(0), arrows.toString());
        assertEquals("CALLRESULT UpdateFirmware Accepted", arrows.get(1), arrows.toString());
        int downloading = arrows.indexOf("CALL FirmwareStatusNotification Downloading");
        int verified = arrows.indexOf("CALL FirmwareStatusNotification SignatureVerified");
        int installed = arrows.indexOf("CALL FirmwareStatusNotification Installed");
        assertTrue(1 < downloading && downloading < verified && verified < installed, arrows.toString());
        assertTrue(
                browser.find(By.cssSelector("svg#sequence"))
                        .getText()
                        .contains("FirmwareStatusNotification Installed #"),
                "the arrow is labelled");
        browser.screenshot("console-firmware-update");
    }

    @Test
    void a_GetLog_archive_appears_with_its_entries_and_downloads() throws Exception {
        browser.find(By.cssSelector("#command-tabs button[data-tab='GetLog']")).click();
        browser.find(By.cssSelector("#form-GetLog button[type=submit]")).click();
        awaitAnswer("CALLRESULT Accepted");

        String item =
                browser.await("the archive in the uploads list", d -> d.findElement(By.cssSelector("#uploads-list li"))
                        .getText());
        assertTrue(item.contains("charger.log"), item);
        browser.await(
                "LogStatusNotification Uploaded",
                d -> d.findElement(By.cssSelector(
                        "#timeline tr.frame[data-action='LogStatusNotification'][data-status='Uploaded']")));
        String fileName = browser.await("the archive's name", d -> d.findElement(By.cssSelector("#uploads-list li"))
                .getAttribute("data-file"));
        browser.await("a click on the archive's link", d -> {
            d.findElement(By.cssSelector("#uploads-list li a.download")).click();
            return true;
        });

        Path downloaded = browser.downloads().resolve(fileName);
        browser.await("the browser saved " + fileName, d -> Files.isRegularFile(downloaded) ? downloaded : null);
        // Read by an independent tar implementation: the bytes the browser saved are the station's archive.
        assertTrue(tarEntries(downloaded).stream().anyMatch(name -> name.endsWith("charger.log")), fileName);
        assertTrue(item.contains(String.format("%,d bytes", Files.size(downloaded))), item);
    }

    @Test
    void a_malformed_raw_frame_gets_its_CALLERROR_shown() {
        browser.find(By.cssSelector("#command-tabs button[data-tab='Raw']")).click();
        WebElement text = browser.find(By.cssSelector("#form-Raw textarea[name=text]"));
        text.clear();
        text.sendKeys("{Malformed");
        browser.find(By.cssSelector("#form-Raw button[type=submit]")).click();

        awaitAnswer("CALLERROR");
        assertTrue(browser.find(By.id("answer-text")).getText().contains("RpcFrameworkError"));
        assertTrue(browser.find(By.id("answer")).getAttribute("class").contains("error"));
        // P4 §4.2.3: the answer to text that is not JSON is an RpcFrameworkError; it stands out in the timeline.
        String row = browser.await("the CALLERROR in the timeline", d -> d.findElement(
                        By.cssSelector("#timeline tr.frame.callerror[data-status='RpcFrameworkError']"))
                .getAttribute("data-type"));
        assertEquals("CALLERROR", row);
    }

    @Test
    void a_bad_form_field_gets_its_message_next_to_it_and_nothing_is_sent() {
        int framesBefore = csms.connections().get(0).frames().size();
        browser.find(By.cssSelector("#command-tabs button[data-tab='GetLog']")).click();
        browser.find(By.cssSelector("#form-GetLog input[name=retries]")).sendKeys("many");
        browser.find(By.cssSelector("#form-GetLog button[type=submit]")).click();

        String note = browser.await("the message next to retries", d -> d.findElement(
                        By.cssSelector("#form-GetLog label.invalid .field-error[data-for='retries']"))
                .getText());
        assertTrue(note.contains("whole number"), note);
        assertTrue(browser.find(By.id("answer-text")).getText().contains("Not sent"));
        assertTrue(
                csms.connections().get(0).frames().stream()
                        .noneMatch(frame -> frame.text().contains("\"GetLog\"")),
                "no GetLog went out (frames before: " + framesBefore + ")");
    }

    @Test
    void TC_L_01_CS_run_from_the_page_passes_and_its_HTML_report_opens() throws IOException {
        browser.find(By.cssSelector("#case-list input[value='TC_L_01_CS']")).click();
        browser.find(By.id("run-conformance")).click();

        String result;
        try {
            result = browser.await("TC_L_01_CS's result", INSTALL, d -> d.findElement(
                            By.cssSelector("#conformance-results li[data-case='TC_L_01_CS']"))
                    .getText());
        } catch (TimeoutException e) {
            // Say what the page said of the run (a refused start, a problem that ended it, still running).
            throw new AssertionError(
                    "no TC_L_01_CS result within " + INSTALL + "; the page's run state: "
                            + browser.find(By.id("conformance-state")).getText(),
                    e);
        }
        assertTrue(result.startsWith("PASS TC_L_01_CS"), result);
        String page = browser.driver().getWindowHandle();
        browser.await("a click on the HTML report link", d -> {
            WebElement link = d.findElement(By.id("report-html"));
            if (!link.isDisplayed()) {
                return null;
            }
            link.click();
            return true;
        });
        String report = browser.await("the report's window", d -> d.getWindowHandles().stream()
                .filter(h -> !h.equals(page))
                .findFirst()
                .orElse(null));
        browser.driver().switchTo().window(report);
        WebElement summary = browser.await("the report's summary", d -> d.findElement(By.id("summary")));
        assertTrue(summary.getText().startsWith("1 passed, 0 failed"), summary.getText());
        assertEquals(
                "PASS",
                browser.find(By.cssSelector("tr[id='TC_L_01_CS'] td.PASS")).getText());
        browser.screenshot("conformance-report");
        browser.driver().close();
        browser.driver().switchTo().window(page);
    }

    @Test
    void a_launch_mode_run_from_the_page_starts_the_station_command_for_its_case() {
        // TC_B_01_CS needs a fresh station: only launch mode (the command given to the console) can run it.
        new Select(browser.find(By.id("conformance-mode"))).selectByValue("launch");
        browser.find(By.cssSelector("#case-list input[value='TC_B_01_CS']")).click();
        browser.find(By.id("run-conformance")).click();

        String result = browser.await("TC_B_01_CS's result", INSTALL, d -> d.findElement(
                        By.cssSelector("#conformance-results li[data-case='TC_B_01_CS']"))
                .getText());
        assertTrue(result.startsWith("PASS TC_B_01_CS"), result);
        String state = browser.await("the end of the run", d -> Optional.of(
                        d.findElement(By.id("conformance-state")).getText())
                .filter(text -> text.startsWith("launch run ended"))
                .orElse(null));
        assertEquals("launch run ended: 1 passed, 0 failed.", state);
    }

    private void awaitStationBooted() {
        browser.await(
                "station " + STATION + " booted (Accepted) in the stations view",
                Duration.ofSeconds(30),
                d ->
                        d
                                .findElements(
                                        By.cssSelector("#stations-table tr[data-station='" + STATION + "'] td.boot"))
                                .stream()
                                .filter(cell -> cell.getText().equals("Accepted"))
                                .findFirst()
                                .orElse(null));
    }

    private void awaitAnswer(String start) {
        browser.await(
                "the answer beside the form starting with " + start,
                ANSWER,
                d -> d.findElement(By.id("answer-text")).getText().startsWith(start) ? Boolean.TRUE : null);
    }

    private static List<String> tarEntries(Path archive) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(archive));
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static String bridgeCommand() {
        String jar = System.getProperty("ocppbridge.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new AssertionError("failsafe sets ocppbridge.jar to the packaged jar; got " + jar);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return "\"" + java + "\" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx128m -jar \"" + jar + "\"";
    }
}
