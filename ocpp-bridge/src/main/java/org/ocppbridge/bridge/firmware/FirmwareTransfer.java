package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.io.InputStream;

/** One open download: a body stream plus what is needed to judge it complete. */
interface FirmwareTransfer extends AutoCloseable {

    InputStream body();

    /** The announced size in bytes, or -1 when the server did not say. */
    long expectedLength();

    /** Called after the body reached its end: checks the server's own verdict on the transfer. */
    void finish() throws IOException;

    /** Breaks off the transfer from another thread; a blocked read then fails. */
    void abort();

    @Override
    void close();
}
