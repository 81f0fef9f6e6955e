package org.ocppbridge.bridge.devicemodel;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ocppbridge.mappings.ocpp.PasswordString;

/**
 * SecurityCtrlr (Part 2 Appendix 3.1.15; required: SecurityProfile, Identity, OrganizationName,
 * CertificateEntries, per Part 6 TC_B_53 and Part 2 "Referenced Components and Variables"): the connection's
 * security facts, what certificate renewal (A02/A03) reads, the certificate store's size and limits, and the
 * write-only Basic-auth password (A01).
 */
final class SecurityCtrlr {

    static final String NAME = "SecurityCtrlr";
    static final String DEFAULT_WAIT_MINIMUM_S = "60";
    static final String DEFAULT_REPEAT_TIMES = "3";
    static final String DEFAULT_ORGANIZATION_NAME = "ocpp-bridge";

    private final StoredVariables stored;
    private final ConnectionFacts connection;
    private final CertificateStoreFacts certificates;
    private final AfterAnswer afterAnswer;

    /** Keeps what a password rotation must do once the SetVariables answer has left. */
    interface AfterAnswer {
        void then(Runnable action);
    }

    SecurityCtrlr(
            StoredVariables stored,
            ConnectionFacts connection,
            CertificateStoreFacts certificates,
            AfterAnswer afterAnswer) {
        this.stored = stored;
        this.connection = connection;
        this.certificates = certificates;
        this.afterAnswer = afterAnswer;
    }

    List<Variable> variables() {
        List<Variable> all = new ArrayList<>(List.of(
                Variable.readOnly(
                        NAME,
                        "SecurityProfile",
                        null,
                        () -> String.valueOf(connection.securityProfile()),
                        // Raising it is A05 (a later issue): read-only here.
                        Variable.Traits.integer(0, 3)),
                Variable.readOnly(
                        NAME,
                        "Identity",
                        null,
                        connection::identity,
                        // Changing it would need a new connection URL (B09/B10, a later issue).
                        new Variable.Traits("string", null, null, 48L, null, true)),
                Variable.readOnly(
                                NAME,
                                "CertificateEntries",
                                null,
                                () -> String.valueOf(certificates.entries().getAsInt()),
                                // TC_B_53: maxLimit > 0, the most the store keeps.
                                new Variable.Traits("integer", null, 0L, (long) certificates.maxEntries(), null, true))
                        .varying(),
                Variable.readOnly(
                        NAME,
                        "MaxCertificateChainSize",
                        null,
                        () -> String.valueOf(certificates.maxChainSize()),
                        new Variable.Traits("integer", null, null, (long) certificates.maxChainSize(), null, true)),
                Variable.readOnly(
                        NAME,
                        "AdditionalRootCertificateCheck",
                        null,
                        // M05/A05's fallback root check is not implemented (README, "What is not done yet").
                        () -> "false",
                        new Variable.Traits("boolean", null, null, null, null, true)),
                stored.readWrite(
                        NAME,
                        "CertSigningWaitMinimum",
                        DEFAULT_WAIT_MINIMUM_S,
                        Variable.integer(1, 86_400),
                        Variable.Traits.integerSeconds(1, true)),
                stored.readWrite(
                        NAME,
                        "CertSigningRepeatTimes",
                        DEFAULT_REPEAT_TIMES,
                        Variable.integer(0, 10),
                        Variable.Traits.integer(0, 10)),
                stored.readWrite(
                        NAME,
                        "OrganizationName",
                        DEFAULT_ORGANIZATION_NAME,
                        text -> text.isEmpty() || text.length() > 64 ? "1 to 64 characters (an X.500 O)" : null,
                        new Variable.Traits("string", null, null, 64L, null, true))));
        DeviceModel.PasswordRotation password = connection.password();
        if (password != null) {
            // Required unless only security profile 3 is implemented (Part 2 Appendix 3.1.15).
            all.add(Variable.writeOnly(
                    NAME,
                    "BasicAuthPassword",
                    // A01: passwordString, 16 to 40 characters; TC_A_10 sends a shorter one.
                    value -> PasswordString.isValid(value)
                            ? null
                            : "not 16 to 40 characters of letters, digits and * - _ = : + | @ .",
                    value -> rotate(password, value),
                    new Variable.Traits("string", null, null, 40L, null, true)));
        }
        return List.copyOf(all);
    }

    private void rotate(DeviceModel.PasswordRotation password, String value) throws IOException {
        afterAnswer.then(password.rotate(value));
    }

    DeviceModel.SigningSettings signing() {
        return new DeviceModel.SigningSettings(
                Duration.ofSeconds(
                        Long.parseLong(stored.current(NAME, "CertSigningWaitMinimum", DEFAULT_WAIT_MINIMUM_S))),
                Integer.parseInt(stored.current(NAME, "CertSigningRepeatTimes", DEFAULT_REPEAT_TIMES)),
                stored.current(NAME, "OrganizationName", DEFAULT_ORGANIZATION_NAME));
    }
}
