package org.ocppbridge.bridge.certificates;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * The PKCS#10 request (RFC 2986) of SignCertificateRequest.csr, PEM-encoded: subject CN = the station id (the
 * identity the CSMS knows), O = SecurityCtrlr.OrganizationName (A02.FR.02's organizationName RDN), signed with
 * the station's key.
 */
public final class SigningRequests {

    private SigningRequests() {}

    /** A PEM {@code CERTIFICATE REQUEST} for the station certificate. */
    public static String chargingStationCsr(KeyPair keys, String stationId, String organizationName) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, stationId)
                .addRDN(BCStyle.O, organizationName)
                .build();
        String algorithm = keys.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(keys.getPrivate());
            PKCS10CertificationRequest request =
                    new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic()).build(signer);
            StringWriter text = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
                writer.writeObject(request);
            }
            return text.toString();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("the JDK cannot sign with " + algorithm, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PEM to memory", e);
        }
    }
}
