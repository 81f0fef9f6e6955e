package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.DownloadFailed;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloaded;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloading;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InstallRebooting;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Installing;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.SignatureVerified;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.FtpsTestServer;
import org.ocppbridge.bridge.testing.TestPki;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;

/**
 * Issue 14 point 5, the download direction: UpdateFirmware with an {@code ftps://} location is accepted and
 * downloaded over implicit TLS from a real FTPS server, trusting it by the https rule ({@code --csms-ca} here).
 */
class FirmwareOverFtpsTest {

    @TempDir
    Path dir;

    private FirmwareFixture f;
    private TestPki.Issued ca;
    private FtpsTestServer ftps;

    @BeforeEach
    void setUp() throws Exception {
        f = new FirmwareFixture(dir);
        ca = TestPki.ca("Firmware File Server Root");
        Path root = Files.createDirectories(dir.resolve("ftps"));
        Files.copy(f.image, root.resolve("fw.bin"));
        ftps = FtpsTestServer.start(root, "station", "pa:ss@word", TestPki.server(ca, TestPki.ec(), "127.0.0.1"), ca);
    }

    @AfterEach
    void tearDown() throws Exception {
        ftps.close();
        f.close();
    }

    @Test
    void TC_L_01_signed_update_over_ftps_trusting_the_csms_ca() throws Exception {
        Path caPem = TestPki.writeCertificates(dir.resolve("csms-ca.pem"), ca.certificate());
        LocalFirmwareUpdater updater = f.updater(f.config().withCsmsCaPem(caPem));

        assertEquals(
                UpdateFirmwareResponse.Accepted,
                FirmwareFixture.decide(updater, f.signed(61, ftps.uri("/fw.bin"), f.rsa)));

        f.statuses.expect(61, Downloading, Downloaded, SignatureVerified, Installing, InstallRebooting);
        assertEquals(BootReason.FirmwareUpdate, f.nextRestart());
    }

    @Test
    void an_ftps_server_the_bridge_does_not_trust_ends_in_DownloadFailed() throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config());

        assertEquals(
                UpdateFirmwareResponse.Accepted,
                FirmwareFixture.decide(updater, f.signed(62, ftps.uri("/fw.bin"), f.rsa)));

        f.statuses.expect(62, Downloading, DownloadFailed);
        assertEquals(0, f.images().size(), "nothing of an untrusted server is kept");
    }
}
