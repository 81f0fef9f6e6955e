package org.ocppbridge.simulator.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Random;
import org.ocppbridge.simulator.pki.FirmwareSigner;
import org.ocppbridge.simulator.pki.KeyType;
import org.ocppbridge.simulator.pki.Pem;
import org.ocppbridge.simulator.pki.TestPki;

/**
 * What every firmware case needs, made once per run: a root the station trusts ({@code root.pem}), a signing
 * certificate it issued, a small image with its signature, a signature of other bytes (TC_L_06), and a signing
 * certificate from a root the station does not trust (TC_L_05).
 *
 * @param rootPem the trust anchor file given to the station
 * @param image the firmware image (larger than the file server's slow first chunk, so downloads can be held)
 * @param signer the valid signing certificate and key
 * @param signature the base64 signature of {@link #image} by {@link #signer}
 * @param wrongSignature a real signature by {@link #signer} over other bytes
 * @param untrustedCertificatePem a signing certificate whose root the station does not know
 */
public record FirmwareMaterial(
        Path rootPem,
        Path image,
        FirmwareSigner signer,
        String signature,
        String wrongSignature,
        String untrustedCertificatePem) {

    /** Image size: above the slow mode's first chunk (64 KiB), small enough to move in milliseconds. */
    private static final int IMAGE_BYTES = 192 * 1024;

    /** Makes the material under {@code dir}. */
    public static FirmwareMaterial create(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        TestPki pki = TestPki.create("ocpp-conformance-root");
        Path rootPem = dir.resolve("root.pem");
        Files.writeString(rootPem, pki.rootPem());
        FirmwareSigner signer = pki.issueSigner(KeyType.RSA);
        Path image = dir.resolve("firmware.bin");
        writeRandom(image, IMAGE_BYTES, 20_1);
        Path other = dir.resolve("other.bin");
        writeRandom(other, 1024, 7);
        TestPki stranger = TestPki.create("ocpp-conformance-untrusted-root");
        String untrusted = Pem.of(stranger.issueSigner(KeyType.RSA).certificate());
        return new FirmwareMaterial(
                rootPem, image, signer, signer.signBase64(image), signer.signBase64(other), untrusted);
    }

    private static void writeRandom(Path file, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }
}
