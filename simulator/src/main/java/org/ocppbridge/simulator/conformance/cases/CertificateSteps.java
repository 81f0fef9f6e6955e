package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.pki.CertificateHashData;
import org.ocppbridge.simulator.pki.Pem;

/**
 * The M03–M05 steps (install, list, delete CA certificates) and the reusable states CertificateInstalled (P6
 * Table 249) and GetInstalledCertificates (P6 Table 247). Hash data is computed by the simulator itself.
 */
final class CertificateSteps {

    private CertificateSteps() {}

    /** InstallCertificate; returns the status, or fails naming {@code rule} on a CALLERROR. */
    static String install(CaseContext context, String type, X509Certificate certificate, String rule) {
        JsonObject request = new JsonObject();
        request.addProperty("certificateType", type);
        request.addProperty("certificate", Pem.of(certificate));
        return context.callStatus("InstallCertificate", request, rule);
    }

    /** Memory state CertificateInstalled: InstallCertificate of a valid root → Accepted. */
    static void certificateInstalled(CaseContext context, String type, X509Certificate root, String step) {
        String status = install(context, type, root, step);
        CaseFailure.check(
                "Accepted".equals(status),
                step + " (CertificateInstalled): InstallCertificateResponse " + status + " for a valid " + type
                        + ", expected Accepted");
    }

    /** GetInstalledCertificateIds for these types (none: certificateType omitted); the response payload. */
    static JsonObject installed(CaseContext context, String rule, String... types) {
        JsonObject request = new JsonObject();
        if (types.length > 0) {
            JsonArray list = new JsonArray();
            for (String type : types) {
                list.add(type);
            }
            request.add("certificateType", list);
        }
        var outcome = context.call("GetInstalledCertificateIds", request);
        if (outcome instanceof org.ocppbridge.simulator.CallOutcome.Error error) {
            throw new CaseFailure(rule + ": GetInstalledCertificateIds answered with CALLERROR " + error.code());
        }
        return outcome.payload();
    }

    /** Reusable state GetInstalledCertificates: Accepted, with an entry of {@code type} for {@code root}. */
    static JsonObject getInstalledCertificates(CaseContext context, String type, X509Certificate root, String step) {
        JsonObject response = installed(context, step, type);
        accepted(response, step);
        listed(response, type, root, step);
        return response;
    }

    static void accepted(JsonObject response, String step) {
        String status = Checks.string(response, "status");
        CaseFailure.check(
                "Accepted".equals(status),
                step + ": GetInstalledCertificateIdsResponse " + status + ", expected Accepted");
    }

    /** The response lists {@code root} as {@code type} (M03.FR.03/04: its hash data, computed here). */
    static void listed(JsonObject response, String type, X509Certificate root, String step) {
        CaseFailure.check(
                entry(response, CertificateHashData.ofRoot(root)) != null
                        && type.equals(
                                Checks.string(entry(response, CertificateHashData.ofRoot(root)), "certificateType")),
                step + ": certificateHashDataChain has no " + type + " entry with the hash data of the installed"
                        + " certificate");
    }

    /** The response does not list {@code root} under any type. */
    static void notListed(JsonObject response, X509Certificate root, String step) {
        CaseFailure.check(
                entry(response, CertificateHashData.ofRoot(root)) == null,
                step + ": certificateHashDataChain lists the certificate that must not be installed");
    }

    /** The chain entry whose certificateHashData is {@code hash}, or null. */
    static JsonObject entry(JsonObject response, JsonObject hash) {
        JsonElement chain = response.get("certificateHashDataChain");
        if (chain == null || !chain.isJsonArray()) {
            return null;
        }
        for (JsonElement element : chain.getAsJsonArray()) {
            if (element.isJsonObject()
                    && element.getAsJsonObject().has("certificateHashData")
                    && CertificateHashData.same(
                            element.getAsJsonObject().getAsJsonObject("certificateHashData"), hash)) {
                return element.getAsJsonObject();
            }
        }
        return null;
    }

    /** DeleteCertificate of {@code hash}; the status. */
    static String delete(CaseContext context, JsonObject hash, String rule) {
        JsonObject request = new JsonObject();
        request.add("certificateHashData", hash);
        return context.callStatus("DeleteCertificate", request, rule);
    }

    /** The certificate of a PEM text (the first block); a failure naming {@code rule} otherwise. */
    static X509Certificate certificate(String pem, String rule) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new CaseFailure(rule + ": not a PEM certificate");
        }
    }
}
