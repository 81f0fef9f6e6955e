package org.ocppbridge.simulator.conformance;

import java.io.IOException;

/** Starts a station for one case (launch mode). */
public interface StationLauncher {

    /** A running station; {@link #close()} stops it within a bounded time. */
    interface Running extends AutoCloseable {
        /** Empty while the station runs; else how it ended, e.g. "exited with 2: <its last output line>". */
        default java.util.Optional<String> exitDescription() {
            return java.util.Optional.empty();
        }

        @Override
        void close();
    }

    Running launch(LaunchSpec spec) throws IOException;
}
