package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.time.Duration;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.pki.CertificateAuthority;

/**
 * The step the A02 wire tests share before the renewal they test: the CSMS installs its own root (M05), which the
 * bridge accepts and reports with a ReconfigurationOfSecurityParameters event, so that a chain the CSMS signs
 * later under that root can be checked.
 */
final class CsmsRootInstall {

    private CsmsRootInstall() {}

    /** Makes a CA named {@code rootName}, installs its root as a CSMSRootCertificate and returns it. */
    static CertificateAuthority installCsmsRoot(StationConnection csms, String rootName, Duration step)
            throws Exception {
        CertificateAuthority ca = CertificateAuthority.create(rootName);
        JsonObject install = new JsonObject();
        install.addProperty("certificateType", "CSMSRootCertificate");
        install.addProperty("certificate", ca.rootPem());
        assertEquals(
                "Accepted",
                csms.call("InstallCertificate", install, step)
                        .payload()
                        .get("status")
                        .getAsString());
        csms.expectCall("SecurityEventNotification"); // ReconfigurationOfSecurityParameters
        return ca;
    }
}
