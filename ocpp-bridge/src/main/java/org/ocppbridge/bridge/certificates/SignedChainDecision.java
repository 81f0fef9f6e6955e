package org.ocppbridge.bridge.certificates;

import java.security.cert.X509Certificate;
import java.util.List;
import org.ocppbridge.mappings.ocpp.CertificateSignedResponse;

/**
 * The answer to one CertificateSigned, with its own reason.
 *
 * @param chain the chain to use, empty when Rejected
 * @param reasonCode null when accepted
 * @param reason null when accepted; for statusInfo, the log and the security event's techInfo
 */
public record SignedChainDecision(List<X509Certificate> chain, String reasonCode, String reason) {

    public SignedChainDecision {
        chain = List.copyOf(chain);
    }

    static SignedChainDecision accepted(List<X509Certificate> chain) {
        return new SignedChainDecision(chain, null, null);
    }

    static SignedChainDecision rejected(String reasonCode, String reason) {
        return new SignedChainDecision(List.of(), reasonCode, reason);
    }

    public boolean accepted() {
        return reasonCode == null;
    }

    public CertificateSignedResponse response() {
        return accepted()
                ? CertificateSignedResponse.accepted()
                : CertificateSignedResponse.rejected(reasonCode, reason);
    }
}
