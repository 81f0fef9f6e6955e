package org.ocppbridge.simulator.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import org.ocppbridge.simulator.CsmsSimulatorBuilder;
import org.ocppbridge.simulator.pki.CertificateAuthority;
import org.ocppbridge.simulator.pki.Pem;

/**
 * The run's CSMS-side security material: the CSMS certificate authority (its root is the CSMS root the station
 * trusts, it issues the server certificate for 127.0.0.1 and the station's first client certificate, and signs the
 * station's CSRs), and the first Basic-auth password. Written once per run under {@code <work-dir>/pki-csms/}.
 *
 * @param csmsCa the PEM of the CSMS root ({@code --csms-ca})
 * @param clientCertificate the station's first client certificate ({@code --client-cert})
 * @param clientKey its PKCS#8 key ({@code --client-key})
 */
public record SecurityMaterial(
        CertificateAuthority authority,
        CertificateAuthority.Issued server,
        Path csmsCa,
        Path clientCertificate,
        Path clientKey) {

    /** The station's first password: 20 characters of passwordString (A01: 16 to 40). */
    public static final String PASSWORD = "Conformance-Pass-001";

    /** The organization of the station's first client certificate (SecurityCtrlr.OrganizationName). */
    public static final String ORGANIZATION = "OCPP Bridge Conformance";

    static SecurityMaterial create(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        CertificateAuthority authority = CertificateAuthority.create("Conformance CSMS Root");
        CertificateAuthority.Issued server = authority.issueServer("127.0.0.1", "localhost");
        CertificateAuthority.Issued client = authority.issueClient("conformance-station", ORGANIZATION);
        Path ca = Pem.write(dir.resolve("csms-ca.pem"), authority.rootPem());
        Path certificate = Pem.write(dir.resolve("client.pem"), client.certificatePem());
        Path key = Pem.write(dir.resolve("client-key.pem"), client.privateKeyPem());
        return new SecurityMaterial(authority, server, ca, certificate, key);
    }

    /** {@link #create}, for constructors that cannot throw: a failure to make the material is a bug or a full disk. */
    static SecurityMaterial createOrFail(Path dir) {
        try {
            return create(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the CSMS test PKI to " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the CSMS test PKI", e);
        }
    }

    /** Serves the profile: Basic auth with {@link #PASSWORD}, or wss:// requiring a client certificate. */
    void configure(CsmsSimulatorBuilder builder, CaseSecurity security) throws GeneralSecurityException {
        switch (security) {
            case NONE -> {}
            case BASIC_AUTH -> builder.basicAuth(PASSWORD);
            case CLIENT_CERTIFICATE -> builder.mutualTls(authority.serverContext(server, true));
        }
    }

    /** The bridge's flags for the profile (a station under test is configured the same way by its operator). */
    List<String> flags(CaseSecurity security) {
        return switch (security) {
            case NONE -> List.of();
            case BASIC_AUTH -> List.of("--basic-auth-password", PASSWORD);
            case CLIENT_CERTIFICATE ->
                List.of(
                        "--csms-ca", csmsCa.toString(),
                        "--client-cert", clientCertificate.toString(),
                        "--client-key", clientKey.toString());
        };
    }
}
