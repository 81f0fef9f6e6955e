package org.ocppbridge.bridge.certificates;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * The station's own key pair for its TLS client certificate (A02/A03): made on first need, kept in
 * {@code station-key.pem} (0600) beside the certificates, never sent anywhere. EC P-256: the OCTT asks for at
 * least 224 bits for elliptic curves, and a P-256 signature is cheap for a charger's CPU. The file holds the
 * PKCS#8 private key and the public key (the JDK cannot derive an EC public key from the private one).
 */
public final class StationKeys {

    static final String FILE_NAME = "station-key.pem";

    private StationKeys() {}

    /** The key pair in {@code directory}, made and stored first when there is none. */
    public static KeyPair loadOrCreate(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        KeyPair keys = generate();
        PrivateFiles.createDirectory(directory);
        PrivateFiles.write(file, pem(keys).getBytes(StandardCharsets.US_ASCII));
        return keys;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime can make a P-256 key", e);
        }
    }

    private static String pem(KeyPair keys) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(new JcaPKCS8Generator(keys.getPrivate(), null));
            writer.writeObject(keys.getPublic());
        }
        return text.toString();
    }

    private static KeyPair read(Path file) throws IOException {
        PrivateKey privateKey = null;
        PublicKey publicKey = null;
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(new StringReader(Files.readString(file, StandardCharsets.US_ASCII)))) {
            for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
                if (block instanceof PrivateKeyInfo info) {
                    privateKey = converter.getPrivateKey(info);
                } else if (block instanceof SubjectPublicKeyInfo info) {
                    publicKey = converter.getPublicKey(info);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": the station key does not parse; move it away to make a new one", e);
        }
        if (privateKey == null || publicKey == null) {
            throw new IOException(
                    file + ": needs a 'PRIVATE KEY' and a 'PUBLIC KEY' block; move it away to make" + " a new one");
        }
        return new KeyPair(publicKey, privateKey);
    }
}
