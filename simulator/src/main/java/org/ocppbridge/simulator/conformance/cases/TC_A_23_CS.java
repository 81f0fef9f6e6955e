package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.CaseSecurity;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * P6 TC_A_23_CS (A02.FR.17/18): with CertSigningWaitMinimum W set and no CertificateSigned coming, the
 * station sends SignCertificateRequest again no sooner than W after the first, and a third no sooner than 2W after
 * the second; then the CSR of the first request, signed, is Accepted. The preparation is the official one:
 * CertSigningRepeatTimes 1 (with which the official steps 6 and 9 expect two resends: the count is of doublings of the
 * wait) and CertSigningWaitMinimum the run's configured W, 3 s here; both set with SetVariables.
 */
public final class TC_A_23_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_A_23_CS";
    }

    @Override
    public String title() {
        return "Update Charging Station Certificate by request of CSMS - CertificateSignedRequest Timeout";
    }

    @Override
    public CaseSecurity security() {
        return CaseSecurity.CLIENT_CERTIFICATE;
    }

    @Override
    public boolean needsLaunch() {
        return true;
    }

    @Override
    public void run(CaseContext context) throws Exception {
        int wait = 3;
        setVariable(context, "CertSigningWaitMinimum", String.valueOf(wait));
        setVariable(context, "CertSigningRepeatTimes", "1"); // P6 TC_A_23 preparation
        IncomingCall first = SigningSteps.triggerSignCertificate(context, "A02 (TC_A_23 steps 1-3)");
        SigningSteps.answer(first, "Accepted");
        IncomingCall second = SigningSteps.signCertificateRequest(
                context, java.time.Duration.ofSeconds(wait).plus(CaseContext.STEP), "A02.FR.17 (TC_A_23 step 6)");
        notBefore(first, second, wait, "A02.FR.17 (TC_A_23 step 5)");
        SigningSteps.answer(second, "Accepted");
        IncomingCall third = SigningSteps.signCertificateRequest(
                context, java.time.Duration.ofSeconds(2L * wait).plus(CaseContext.STEP), "A02.FR.18 (TC_A_23 step 9)");
        notBefore(second, third, 2L * wait, "A02.FR.18 (TC_A_23 step 8)");
        SigningSteps.answer(third, "Accepted");
        String signed = context.security().authority().signCsr(Checks.string(first.payload(), "csr"));
        String status = SigningSteps.certificateSigned(context, signed, "A02 (TC_A_23 step 11)");
        CaseFailure.check(
                "Accepted".equals(status),
                "A02 (TC_A_23 step 12): CertificateSignedResponse " + status
                        + " for the signed CSR of step 3, expected Accepted");
    }

    private static void setVariable(CaseContext context, String variable, String value) {
        var result = VariableSteps.set(context, "SecurityCtrlr", variable, value, "TC_A_23 preparation");
        CaseFailure.check(
                VariableSteps.status(result).equals("Accepted"),
                "TC_A_23 preparation: SetVariables SecurityCtrlr." + variable + " " + VariableSteps.status(result)
                        + ", expected Accepted");
    }

    private static void notBefore(IncomingCall earlier, IncomingCall later, long seconds, String rule) {
        java.time.Duration gap = java.time.Duration.between(earlier.receivedAt(), later.receivedAt());
        CaseFailure.check(
                gap.compareTo(java.time.Duration.ofSeconds(seconds)) >= 0,
                rule + ": SignCertificateRequest resent after " + gap.toMillis() + " ms, before " + seconds + " s");
    }
}
