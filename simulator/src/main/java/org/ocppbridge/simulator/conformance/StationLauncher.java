package org.ocppbridge.simulator.conformance;

import java.io.IOException;

/** Starts a station for one case (launch mode). */
public interface StationLauncher {

    /** A running station; {@link #close()} stops it within a bounded time. */
    interface Running extends AutoCloseable {
        @Override
        void close();
    }

    Running launch(LaunchSpec spec) throws IOException;
}
