package org.ocppbridge.bridge.certificates;

import java.security.cert.X509Certificate;
import org.ocppbridge.mappings.ocpp.InstallCertificateResponse;
import org.ocppbridge.mappings.ocpp.InstallCertificateStatusEnumType;
import org.ocppbridge.mappings.ocpp.StatusInfoType;

/**
 * The answer to one InstallCertificate, with its own reason.
 *
 * @param reasonCode a Part 2 Appendix 5 reason code, null when Accepted
 * @param reason a sentence for statusInfo.additionalInfo and the log, null when Accepted; never quotes the PEM
 * @param type the type to store it as, null unless Accepted
 * @param certificate the certificate to store, null unless Accepted
 */
public record InstallDecision(
        InstallCertificateStatusEnumType status,
        String reasonCode,
        String reason,
        StoredCertificateType type,
        X509Certificate certificate) {

    static InstallDecision accepted(StoredCertificateType type, X509Certificate certificate) {
        return new InstallDecision(InstallCertificateStatusEnumType.Accepted, null, null, type, certificate);
    }

    static InstallDecision rejected(String reasonCode, String reason) {
        return new InstallDecision(InstallCertificateStatusEnumType.Rejected, reasonCode, reason, null, null);
    }

    static InstallDecision failed(String reasonCode, String reason) {
        return new InstallDecision(InstallCertificateStatusEnumType.Failed, reasonCode, reason, null, null);
    }

    public InstallCertificateResponse response() {
        return new InstallCertificateResponse(
                status, reasonCode == null ? null : new StatusInfoType(reasonCode, reason));
    }
}
