package org.ocppbridge.bridge.firmware;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What every firmware test shares: a fresh {@link FirmwareFixture} in the test's own temporary directory. */
abstract class FirmwareFixtureTest {

    @TempDir
    Path dir;

    FirmwareFixture f;

    @BeforeEach
    void openFixture() throws Exception {
        f = new FirmwareFixture(dir);
    }

    @AfterEach
    void closeFixture() throws Exception {
        f.close();
    }
}
