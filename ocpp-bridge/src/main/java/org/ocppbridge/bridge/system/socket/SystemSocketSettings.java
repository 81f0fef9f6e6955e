package org.ocppbridge.bridge.system.socket;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the charger system connects and how long the bridge waits for it.
 *
 * @param unixSocket a Unix domain socket path ({@code --system-socket}); empty for none
 * @param tcp a TCP address ({@code --system-listen}); empty for none. Port 0 binds a free port (tests).
 * @param commandTimeout how long a command waits for the system's reply before it counts as failed
 */
public record SystemSocketSettings(
        Optional<Path> unixSocket, Optional<InetSocketAddress> tcp, Duration commandTimeout) {

    public SystemSocketSettings {
        Objects.requireNonNull(unixSocket, "unixSocket");
        Objects.requireNonNull(tcp, "tcp");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        if (unixSocket.isEmpty() && tcp.isEmpty()) {
            throw new IllegalArgumentException("a Unix socket path or a TCP address is needed");
        }
        if (commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("commandTimeout must be positive");
        }
    }
}
