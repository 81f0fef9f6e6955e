package org.ocppbridge.bridge.certificates;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * Certificates as PEM text, the form OCPP carries them in (InstallCertificate.certificate,
 * CertificateSigned.certificateChain) and the form the store keeps them in.
 */
public final class CertificatePem {

    private CertificatePem() {}

    /**
     * Every certificate of {@code pem}, in order.
     *
     * @throws IllegalArgumentException when the text holds no certificate, a block that is not a certificate, or
     *     a certificate that does not parse; the message never quotes the text
     */
    public static List<X509Certificate> parse(String pem) {
        List<X509Certificate> out = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
                if (!(block instanceof X509CertificateHolder holder)) {
                    throw new IllegalArgumentException("a PEM block that is not a certificate");
                }
                out.add(converter.getCertificate(holder));
            }
        } catch (IOException | CertificateException | RuntimeException e) {
            if (e instanceof IllegalArgumentException known) {
                throw known;
            }
            throw new IllegalArgumentException(
                    "not a PEM certificate: " + e.getClass().getSimpleName(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no '-----BEGIN CERTIFICATE-----' block");
        }
        return out;
    }

    /** The certificates as PEM, one block each, in order. */
    public static String write(List<X509Certificate> certificates) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PEM to memory", e);
        }
        return text.toString();
    }
}
