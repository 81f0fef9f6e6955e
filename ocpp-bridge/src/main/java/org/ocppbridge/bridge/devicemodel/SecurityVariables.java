package org.ocppbridge.bridge.devicemodel;

import java.time.Duration;
import java.util.List;

/**
 * The SecurityCtrlr variables the bridge keeps for certificate renewal (A02/A03), read-write and kept across
 * restarts: CertSigningWaitMinimum (seconds before a SignCertificateRequest is sent again when no
 * CertificateSigned came; doubled each time), CertSigningRepeatTimes (how many times it is sent again) and
 * OrganizationName (the O of the CSR's subject); and AdditionalRootCertificateCheck, read-only {@code false}.
 */
final class SecurityVariables {

    static final String SECURITY_CTRLR = "SecurityCtrlr";
    static final String DEFAULT_WAIT_MINIMUM_S = "60";
    static final String DEFAULT_REPEAT_TIMES = "3";
    static final String DEFAULT_ORGANIZATION_NAME = "ocpp-bridge";

    private final VariableStore store;

    SecurityVariables(VariableStore store) {
        this.store = store;
    }

    List<Variable> variables() {
        return List.of(
                // M05.FR.10–14 (TC_M_09, M_30, M_31): not implemented, so reported as it is, read-only false;
                // an installed CSMSRootCertificate is then checked as any other root (README, "What is not done").
                Variable.readOnly(
                        SECURITY_CTRLR,
                        "AdditionalRootCertificateCheck",
                        null,
                        () -> "false",
                        new Variable.Traits("boolean", null, null, null, null, true)),
                persisted(
                        "CertSigningWaitMinimum",
                        DEFAULT_WAIT_MINIMUM_S,
                        Variable.integer(1, 86_400),
                        Variable.Traits.integerSeconds(1, true)),
                persisted(
                        "CertSigningRepeatTimes",
                        DEFAULT_REPEAT_TIMES,
                        Variable.integer(0, 10),
                        Variable.Traits.integer(0, 10)),
                persisted(
                        "OrganizationName",
                        DEFAULT_ORGANIZATION_NAME,
                        text -> text.isEmpty() || text.length() > 64 ? "1 to 64 characters (an X.500 O)" : null,
                        new Variable.Traits("string", null, null, 64L, null, true)));
    }

    DeviceModel.SigningSettings current() {
        return new DeviceModel.SigningSettings(
                Duration.ofSeconds(Long.parseLong(read("CertSigningWaitMinimum", DEFAULT_WAIT_MINIMUM_S))),
                Integer.parseInt(read("CertSigningRepeatTimes", DEFAULT_REPEAT_TIMES)),
                read("OrganizationName", DEFAULT_ORGANIZATION_NAME));
    }

    private String read(String name, String fallback) {
        return store.get(Variable.keyOf(SECURITY_CTRLR, name, null)).orElse(fallback);
    }

    private Variable persisted(
            String name, String fallback, java.util.function.Function<String, String> check, Variable.Traits traits) {
        String key = Variable.keyOf(SECURITY_CTRLR, name, null);
        return Variable.readWrite(
                SECURITY_CTRLR,
                name,
                () -> store.get(key).orElse(fallback),
                check,
                value -> store.put(key, value),
                traits);
    }
}
