package org.ocppbridge.bridge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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
}
