package org.ocppbridge.bridge.system;

import org.ocppbridge.mappings.system.BootReason;

/**
 * What the local system calls to restart the station: the runtime records {@code reason} as the next boot's
 * reason, then either runs {@code --reset-command} or restarts in-process (close, wait about a second,
 * reconnect). It returns at once; the restart happens on the runtime's own thread.
 */
@FunctionalInterface
public interface StationRestarter {
    void restart(BootReason reason);
}
