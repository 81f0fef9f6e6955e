package org.ocppbridge.bridge.system.socket;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on a Unix domain socket and/or a TCP address and hands every accepted connection on; one
 * "ocpp-system-socket-accept" thread per listening socket, owned here and ended by {@link #close}. A Unix socket
 * file left by an earlier run is replaced (any other file at that path is refused), and removed on close.
 */
final class SystemSocketServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SystemSocketServer.class);
    private static final Duration JOIN_LIMIT = Duration.ofSeconds(2);

    private final List<ServerSocketChannel> channels = new ArrayList<>();
    private final List<Thread> acceptors = new ArrayList<>();
    /** Set once this server bound it: only then is the file ours to remove. */
    private Path boundUnixSocket;

    private InetSocketAddress tcpAddress;

    /** Binds every configured address (or none: everything bound so far is closed again). */
    SystemSocketServer(SystemSocketSettings settings, BiConsumer<SocketChannel, String> accepted) throws IOException {
        try {
            if (settings.unixSocket().isPresent()) {
                Path path = settings.unixSocket().get();
                removeStaleSocket(path);
                ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                channels.add(channel);
                channel.bind(UnixDomainSocketAddress.of(path));
                boundUnixSocket = path;
                startAcceptor(channel, "unix:" + path, accepted);
                log.info("Waiting for the charger system on the Unix socket {}", path);
            }
            if (settings.tcp().isPresent()) {
                ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.INET);
                channels.add(channel);
                channel.bind(settings.tcp().get());
                tcpAddress = (InetSocketAddress) channel.getLocalAddress();
                startAcceptor(channel, "tcp:" + tcpAddress, accepted);
                log.info("Waiting for the charger system on TCP {}", tcpAddress);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The bound TCP address (the real port when 0 was asked for). */
    Optional<InetSocketAddress> tcpAddress() {
        return Optional.ofNullable(tcpAddress);
    }

    private void startAcceptor(ServerSocketChannel channel, String name, BiConsumer<SocketChannel, String> accepted) {
        Thread thread = new Thread(() -> acceptLoop(channel, name, accepted), "ocpp-system-socket-accept");
        thread.setDaemon(true);
        acceptors.add(thread);
        thread.start();
    }

    private static void acceptLoop(
            ServerSocketChannel channel, String name, BiConsumer<SocketChannel, String> accepted) {
        while (channel.isOpen()) {
            try {
                SocketChannel connection = channel.accept();
                SocketAddress remote = connection.getRemoteAddress();
                accepted.accept(connection, remote instanceof InetSocketAddress ? remote.toString() : name);
            } catch (ClosedChannelException e) {
                return; // close() was called
            } catch (IOException e) {
                // e.g. too many open files: log and keep listening rather than leave the charger shut out.
                log.warn("Accepting a charger system connection on {} failed: {}", name, e.toString());
            }
        }
    }

    private static void removeStaleSocket(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        BasicFileAttributes attributes =
                Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isOther()) {
            throw new IOException(path + " exists and is not a socket; give --system-socket a free path");
        }
        Files.delete(path);
    }

    @Override
    public void close() {
        for (ServerSocketChannel channel : channels) {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("Closing a listening socket failed: {}", e.toString());
            }
        }
        for (Thread thread : acceptors) {
            try {
                thread.join(JOIN_LIMIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (boundUnixSocket != null) {
            try {
                Files.deleteIfExists(boundUnixSocket);
            } catch (IOException e) {
                log.warn("Cannot remove the socket file {}: {}", boundUnixSocket, e.toString());
            }
        }
    }
}
