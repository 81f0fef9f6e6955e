package org.ocppbridge.bridge.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/** Hands every socket it creates to a tracker, so the owner of a connection can close it at any moment. */
final class TrackingSocketFactory extends SocketFactory {

    /** Receives each new socket; may close it (the connection was cancelled before it had one). */
    @FunctionalInterface
    interface Tracker {
        Socket track(Socket created) throws IOException;
    }

    private final SocketFactory delegate;
    private final Tracker tracker;

    TrackingSocketFactory(SocketFactory delegate, Tracker tracker) {
        this.delegate = delegate;
        this.tracker = tracker;
    }

    @Override
    public Socket createSocket() throws IOException {
        return tracker.track(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return tracker.track(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return tracker.track(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return tracker.track(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return tracker.track(delegate.createSocket(address, port, localAddress, localPort));
    }
}
