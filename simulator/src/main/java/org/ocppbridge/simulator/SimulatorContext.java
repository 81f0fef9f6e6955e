package org.ocppbridge.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.ocppbridge.schemas.JsonSchemas;

/**
 * What every station connection of one simulator shares.
 *
 * @param clock the time stamped on frames and used by the boot interval rule
 * @param scheduler the simulator's timer thread, for CALL time-outs
 * @param schemas the validator of every payload the station sends
 * @param defaultTimeout the wait of every expect/await method without an explicit duration
 * @param stationCallTimeout how long the station may wait for an answer before it may give a CALL up and send
 *     the next one (P4 §4.1.1 leaves the time-out to the implementation)
 * @param messageIds the source of the simulator's own CALL ids
 */
record SimulatorContext(
        Clock clock,
        ScheduledExecutorService scheduler,
        JsonSchemas schemas,
        Duration defaultTimeout,
        Duration stationCallTimeout,
        Supplier<String> messageIds) {

    SimulatorContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(schemas, "schemas");
        Objects.requireNonNull(defaultTimeout, "defaultTimeout");
        Objects.requireNonNull(stationCallTimeout, "stationCallTimeout");
        Objects.requireNonNull(messageIds, "messageIds");
    }
}
