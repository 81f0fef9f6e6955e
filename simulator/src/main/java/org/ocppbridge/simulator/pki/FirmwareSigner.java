package org.ocppbridge.simulator.pki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Objects;

/**
 * A firmware signing certificate with its private key: what a charger maker's build server holds.
 *
 * @param certificate the signing certificate, issued by a {@link TestPki}
 * @param privateKey its key
 * @param keyType RSA or EC
 */
public record FirmwareSigner(X509Certificate certificate, PrivateKey privateKey, KeyType keyType) {

    public FirmwareSigner {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(keyType, "keyType");
    }

    /** The certificate as PEM, as the CSMS sends it in {@code signingCertificate}. */
    public String certificatePem() {
        return Pem.of(certificate);
    }

    /** Signs the file's bytes, reading it in a stream, and returns the base64 of the DER signature. */
    public String signBase64(Path file) throws IOException, GeneralSecurityException {
        Signature signature = Signature.getInstance(keyType.signatureAlgorithm());
        signature.initSign(privateKey);
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                signature.update(buffer, 0, n);
            }
        }
        return Base64.getEncoder().encodeToString(signature.sign());
    }
}
