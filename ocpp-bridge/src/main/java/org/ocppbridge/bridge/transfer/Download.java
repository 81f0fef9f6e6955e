package org.ocppbridge.bridge.transfer;

import java.io.InputStream;
import java.nio.channels.ReadableByteChannel;
import java.util.Optional;

/** One open download: the body as a stream, plus what is needed to judge it complete. Close it in every case. */
public interface Download extends AutoCloseable {

    InputStream body();

    /**
     * The body as a channel, when this download reads it straight from the socket (the direct path of plain http,
     * {@link DirectHttpDownload}): read into a direct buffer, it is never copied into the Java heap. Read either
     * this or {@link #body()}, not both.
     */
    default Optional<ReadableByteChannel> channel() {
        return Optional.empty();
    }

    /** The size the server announced (Content-Length, FTP SIZE), or -1 when it did not say. */
    long expectedLength();

    /** Called once the body reached its end: the server's own verdict (FTP 226); throws when it failed. */
    void finish() throws TransferException;

    @Override
    void close();
}
