package org.ocppbridge.simulator.wire;

import java.nio.channels.ByteChannel;
import javax.net.ssl.SSLEngine;
import org.java_websocket.interfaces.ISSLChannel;

/**
 * A {@link HandshakeResponseChannel} over a TLS channel: it still tells the library it is one, so the connection's
 * SSL session (the station's client certificate) can be read.
 */
final class TlsHandshakeResponseChannel extends HandshakeResponseChannel implements ISSLChannel {

    private final ISSLChannel tls;

    TlsHandshakeResponseChannel(ByteChannel inner) {
        super(inner);
        this.tls = (ISSLChannel) inner;
    }

    @Override
    public SSLEngine getSSLEngine() {
        return tls.getSSLEngine();
    }
}
