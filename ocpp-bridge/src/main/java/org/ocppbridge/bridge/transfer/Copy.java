package org.ocppbridge.bridge.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The one copy loop of an upload: one 64 KiB buffer, the cancel flag checked between buffers. */
final class Copy {

    static final int BUFFER = 64 * 1024;

    private Copy() {}

    static void copy(InputStream in, OutputStream out, TransferCancel cancel) throws IOException {
        byte[] buffer = new byte[BUFFER];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            cancel.check();
            out.write(buffer, 0, n);
        }
    }
}
