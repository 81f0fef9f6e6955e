package org.ocppbridge.bridge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ocppbridge.bridge.station.StationObserver;
import org.ocppbridge.mappings.ocpp.BootReasonEnumType;
import org.ocppbridge.schemas.JsonSchemas;

class StartupWarmupTest {

    @Test
    void the_warm_up_loads_the_boot_schemas_into_the_bridge_s_own_schemas_and_then_ends() throws Exception {
        JsonSchemas schemas = new JsonSchemas();
        assertFalse(schemas.isLoaded("BootNotificationRequest"));

        Thread warmup = StartupWarmup.start(schemas);
        warmup.join(30_000);

        assertFalse(warmup.isAlive(), "the warm-up waits for nothing and ends by itself");
        assertEquals("ocpp-warmup", warmup.getName());
        assertTrue(warmup.isDaemon(), "a warm-up still running never holds the JVM up");
        assertTrue(schemas.isLoaded("BootNotificationRequest"));
        assertTrue(schemas.isLoaded("BootNotificationResponse"));
        assertFalse(schemas.isLoaded("UpdateFirmwareRequest"), "only what the first exchange needs");
    }

    @Test
    void the_warmed_schemas_still_judge_boot_notifications() {
        JsonSchemas schemas = new JsonSchemas();
        StartupWarmup.run(schemas);

        assertTrue(
                schemas.validate("BootNotificationRequest", "{\"reason\":\"PowerUp\"}")
                                .size()
                        > 0,
                "chargingStation is required");
    }

    @Test
    void after_the_boot_it_loads_the_firmware_path_s_schemas_then_runs_the_system_s_warm_up_and_ends()
            throws Exception {
        JsonSchemas schemas = new JsonSchemas();
        CountDownLatch system = new CountDownLatch(1);

        Thread warmup = StartupWarmup.afterBoot(schemas, system::countDown);
        warmup.join(30_000);

        assertFalse(warmup.isAlive());
        assertTrue(warmup.isDaemon());
        assertEquals(0, system.getCount(), "the system's warm-up ran");
        for (String name : List.of(
                "UpdateFirmwareRequest",
                "UpdateFirmwareResponse",
                "FirmwareStatusNotificationRequest",
                "FirmwareStatusNotificationResponse")) {
            assertTrue(schemas.isLoaded(name), name);
        }
    }

    @Test
    void the_after_boot_samples_are_valid_messages_so_the_warm_up_walks_the_whole_schema() {
        JsonSchemas schemas = new JsonSchemas();
        assertEquals(List.of(), schemas.validate("UpdateFirmwareRequest", StartupWarmup.UPDATE_FIRMWARE));
        assertEquals(List.of(), schemas.validate("FirmwareStatusNotificationRequest", StartupWarmup.FIRMWARE_STATUS));
    }

    @Test
    void the_after_boot_warm_up_starts_at_the_first_accepted_boot_only_and_every_event_is_passed_on() throws Exception {
        List<String> seen = new ArrayList<>();
        StationObserver recorder = new StationObserver() {
            @Override
            public void connected() {
                seen.add("connected");
            }

            @Override
            public void bootSent(BootReasonEnumType reason) {
                seen.add("bootSent " + reason);
            }

            @Override
            public void bootAccepted(int interval) {
                seen.add("bootAccepted " + interval);
            }

            @Override
            public void bootFailed(Throwable failure) {
                seen.add("bootFailed " + failure.getMessage());
            }

            @Override
            public void disconnected(String why) {
                seen.add("disconnected " + why);
            }

            @Override
            public void notificationDelivered(String action, long sequence) {
                seen.add("delivered " + action + " " + sequence);
            }

            @Override
            public void unexpectedError(String where, Throwable error) {
                seen.add("error " + where);
            }
        };
        Semaphore warmUps = new Semaphore(0);
        AfterBootWarmup observer = new AfterBootWarmup(recorder, new JsonSchemas(), warmUps::release);

        observer.connected();
        observer.bootSent(BootReasonEnumType.PowerUp);
        observer.bootFailed(new IllegalStateException("timed out"));
        assertEquals(0, warmUps.availablePermits(), "no warm-up thread exists before an accepted boot");
        observer.bootAccepted(300);
        assertTrue(warmUps.tryAcquire(30, TimeUnit.SECONDS), "the warm-up ran after the accepted boot");
        observer.notificationDelivered("SecurityEventNotification", 7);
        observer.disconnected("closed");
        observer.unexpectedError("here", new RuntimeException());
        observer.bootAccepted(60); // a second life's boot on this connection: no second warm-up

        assertEquals(
                List.of(
                        "connected",
                        "bootSent PowerUp",
                        "bootFailed timed out",
                        "bootAccepted 300",
                        "delivered SecurityEventNotification 7",
                        "disconnected closed",
                        "error here",
                        "bootAccepted 60"),
                seen);
        assertFalse(warmUps.tryAcquire(1, TimeUnit.SECONDS), "one warm-up per life");
    }
}
