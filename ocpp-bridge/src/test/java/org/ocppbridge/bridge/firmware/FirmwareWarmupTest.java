package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloaded;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloading;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.SignatureVerified;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.simulator.pki.Pem;

/**
 * The warm-up after the boot (issue 18): it hashes what the JIT needs, checks the anchor without a trace (no status,
 * no file), gives way to an UpdateFirmware, and a broken or unusual anchor costs it nothing but its own work.
 */
class FirmwareWarmupTest extends FirmwareFixtureTest {

    @Test
    void it_hashes_what_the_jit_needs_and_leaves_no_status_and_no_file() throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config());
        List<Path> before = files(f.dataDir);

        updater.warmUp();
        updater.drained().get(30, TimeUnit.SECONDS);

        assertEquals(FirmwareWarmup.HASHED_BYTES, updater.warmup().hashed());
        f.assertNoMoreStatuses();
        assertEquals(before, files(f.dataDir));
        // And the first real update after it goes all the way.
        assertEquals(UpdateFirmwareResponse.Accepted, FirmwareFixture.decide(updater, f.signed(1, f.imageUrl, f.rsa)));
        f.statuses.expect(1, Downloading, Downloaded, SignatureVerified);
    }

    @Test
    void an_UpdateFirmware_that_comes_first_makes_the_warm_up_give_way() throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config());

        var answer = updater.updateFirmware(f.signed(2, f.imageUrl, f.ec));
        updater.warmUp();
        updater.drained().get(30, TimeUnit.SECONDS);

        assertEquals(
                UpdateFirmwareResponse.Accepted,
                answer.toCompletableFuture().get(30, TimeUnit.SECONDS).answer());
        assertEquals(0, updater.warmup().hashed());
        f.statuses.expect(2, Downloading, Downloaded, SignatureVerified);
    }

    @Test
    void an_unreadable_trust_anchor_file_does_not_stop_the_warm_up() throws Exception {
        LocalFirmwareUpdater updater = f.updater(FirmwareConfig.of(f.dataDir, dir.resolve("no-such-anchor.pem")));

        updater.warmUp();
        updater.drained().get(30, TimeUnit.SECONDS);

        assertEquals(FirmwareWarmup.HASHED_BYTES, updater.warmup().hashed());
        f.assertNoMoreStatuses();
    }

    @Test
    void an_anchor_with_an_EC_key_that_chains_nowhere_does_not_stop_the_warm_up() throws Exception {
        Path ecAnchor = Pem.write(dir.resolve("ec-anchor.pem"), f.ec.certificatePem());
        LocalFirmwareUpdater updater = f.updater(FirmwareConfig.of(f.dataDir, ecAnchor));

        updater.warmUp();
        updater.drained().get(30, TimeUnit.SECONDS);

        assertEquals(FirmwareWarmup.HASHED_BYTES, updater.warmup().hashed());
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted().toList();
        }
    }
}
