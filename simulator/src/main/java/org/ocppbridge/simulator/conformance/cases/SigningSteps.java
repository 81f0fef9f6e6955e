package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonObject;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.pki.CertificateAuthority;

/**
 * The A02/A03 steps: TriggerMessage SignChargingStationCertificate, the station's SignCertificateRequest and its
 * CSR, CertificateSigned, and the memory state RenewChargingStationCertificate (P6 Table 253).
 */
final class SigningSteps {

    private SigningSteps() {}

    /** Steps 1-3: TriggerMessage → Accepted (F06.FR.04), then the SignCertificateRequest with a valid CSR. */
    static IncomingCall triggerSignCertificate(CaseContext context, String step) {
        TriggerSteps.trigger(context, "SignChargingStationCertificate", null, "Accepted", step + " (F06.FR.04)");
        return signCertificateRequest(context, CaseContext.STEP, step);
    }

    /** The next SignCertificateRequest, its CSR checked (TC_A_11 step 3's tool validation). */
    static IncomingCall signCertificateRequest(CaseContext context, java.time.Duration timeout, String step) {
        IncomingCall sign = context.await(
                call -> call.action().equals("SignCertificate"), timeout, step + ": SignCertificateRequest");
        String type = Checks.string(sign.payload(), "certificateType");
        CaseFailure.check(
                type == null || type.equals("ChargingStationCertificate"),
                step + ": SignCertificateRequest certificateType " + type + ", expected ChargingStationCertificate");
        csrKey(sign, step);
        return sign;
    }

    /**
     * The CSR's key, after checking it is a PEM PKCS#10 request (RFC 2986) whose self-signature verifies and whose
     * key is RSA ≥ 2048 bits or EC ≥ 224 bits.
     */
    static PublicKey csrKey(IncomingCall sign, String step) {
        String pem = Checks.string(sign.payload(), "csr");
        try {
            PKCS10CertificationRequest csr = CertificateAuthority.parseCsr(pem == null ? "" : pem);
            PublicKey key = new JcaPEMKeyConverter().getPublicKey(csr.getSubjectPublicKeyInfo());
            CaseFailure.check(
                    csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key)),
                    step + ": the CSR's signature does not verify with its own key (RFC 2986)");
            int bits = key instanceof RSAPublicKey rsa
                    ? rsa.getModulus().bitLength()
                    : key instanceof ECPublicKey ec
                            ? ec.getParams().getCurve().getField().getFieldSize()
                            : 0;
            int needed = key instanceof RSAPublicKey ? 2048 : 224;
            CaseFailure.check(
                    bits >= needed,
                    step + ": the CSR's " + key.getAlgorithm() + " key has " + bits + " bits, at least " + needed
                            + " needed");
            return key;
        } catch (GeneralSecurityException
                | org.bouncycastle.operator.OperatorCreationException
                | org.bouncycastle.pkcs.PKCSException
                | java.io.IOException e) {
            throw new CaseFailure(step + ": the csr is not a PEM PKCS#10 request (RFC 2986): " + e.getMessage());
        }
    }

    /** Answers a SignCertificateRequest with {@code status}. */
    static void answer(IncomingCall sign, String status) {
        JsonObject response = new JsonObject();
        response.addProperty("status", status);
        sign.reply(response);
    }

    /** CertificateSigned with {@code chainPem}; the status. */
    static String certificateSigned(CaseContext context, String chainPem, String step) {
        JsonObject request = new JsonObject();
        request.addProperty("certificateChain", chainPem);
        request.addProperty("certificateType", "ChargingStationCertificate");
        return context.callStatus("CertificateSigned", request, step);
    }

    /**
     * Memory state RenewChargingStationCertificate: trigger, SignCertificate Accepted, the CSR signed by the CSMS
     * root, CertificateSigned → Accepted; then (A02.FR.08: "switch to the new certificate … by closing the websocket
     * and TLS connection and reconnecting with the new certificate") the station's next connection, which must
     * present the issued certificate, failing naming {@code switchRule}. Returns the issued certificate.
     */
    static X509Certificate renewChargingStationCertificate(CaseContext context, String step, String switchRule) {
        int seen = context.csms().connections().size();
        IncomingCall sign = triggerSignCertificate(context, step);
        answer(sign, "Accepted");
        String signed;
        try {
            signed = context.security().authority().signCsr(Checks.string(sign.payload(), "csr"));
        } catch (GeneralSecurityException e) {
            throw new CaseFailure(step + ": the CSMS CA cannot sign the CSR: " + e.getMessage());
        }
        String status = certificateSigned(context, signed, step);
        CaseFailure.check(
                "Accepted".equals(status),
                step + " (step 6): CertificateSignedResponse " + status + " for a certificate the CSMS root signed"
                        + " for the CSR, expected Accepted");
        X509Certificate issued = CertificateSteps.certificate(signed, step);
        StationConnection next = context.connectionAfter(
                seen, CaseContext.REBOOT, switchRule + ": the reconnect with the new certificate");
        CaseFailure.check(
                next.clientCertificate().filter(issued::equals).isPresent(),
                switchRule + ": the connection after CertificateSigned presented "
                        + (next.clientCertificate().isPresent()
                                ? "another client certificate"
                                : "no client certificate")
                        + ", not the one the CSMS signed");
        return issued;
    }
}
