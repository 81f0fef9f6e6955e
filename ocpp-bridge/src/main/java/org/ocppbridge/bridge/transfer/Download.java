package org.ocppbridge.bridge.transfer;

import java.io.InputStream;

/** One open download: the body as a stream, plus what is needed to judge it complete. Close it in every case. */
public interface Download extends AutoCloseable {

    InputStream body();

    /** The size the server announced (Content-Length, FTP SIZE), or -1 when it did not say. */
    long expectedLength();

    /** Called once the body reached its end: the server's own verdict (FTP 226); throws when it failed. */
    void finish() throws TransferException;

    @Override
    void close();
}
