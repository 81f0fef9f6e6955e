package org.ocppbridge.bridge.certificates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one certificate/PEM loader of the bridge: X.509 certificates and PKCS#8 private keys (RSA or EC) from PEM
 * files ({@code --csms-ca}, the client certificate, {@code --firmware-trust-anchor}) and from PEM text (an
 * UpdateFirmware {@code signingCertificate}), with the plain JDK. Every error names its source and says how to fix
 * it; key material is never put into a message.
 */
public final class PemFiles {

    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----\\s*(.*?)\\s*-----END \\1-----", Pattern.DOTALL);
    private static final String CERTIFICATE = "CERTIFICATE";
    private static final String PKCS8 = "PRIVATE KEY";

    private PemFiles() {}

    /** All certificates of a PEM file, in file order (leaf first for a chain). At least one. */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        return certificates(blocks(read(file), file.toString()), file.toString());
    }

    /**
     * All certificates of PEM text received from the CSMS, in order. At least one.
     *
     * @param source names the text in error messages (e.g. "signingCertificate")
     */
    public static List<X509Certificate> parseCertificates(String pem, String source) throws IOException {
        return certificates(blocks(pem, source), source);
    }

    /**
     * The certificates of PEM text that must hold certificates and nothing else (an InstallCertificate
     * certificate, a CertificateSigned chain, the store's own files), in order. At least one.
     *
     * @param source names the text in error messages
     */
    public static List<X509Certificate> parseOnlyCertificates(String pem, String source) throws IOException {
        List<Block> blocks = blocks(pem, source);
        for (Block block : blocks) {
            if (!block.label().equals(CERTIFICATE)) {
                throw new IOException(source + ": a PEM block that is not a certificate");
            }
        }
        return certificates(blocks, source);
    }

    /** The certificates as PEM text, one block each, in order (64 base64 characters a line, RFC 7468). */
    public static String writeCertificates(List<X509Certificate> certificates) {
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        StringBuilder text = new StringBuilder();
        for (X509Certificate certificate : certificates) {
            try {
                text.append("-----BEGIN CERTIFICATE-----\n")
                        .append(base64.encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("a certificate that cannot be encoded", e);
            }
        }
        return text.toString();
    }

    private static List<X509Certificate> certificates(List<Block> blocks, String source) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Block block : blocks) {
                if (block.label().equals(CERTIFICATE)) {
                    certificates.add(
                            (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
                }
            }
        } catch (CertificateException e) {
            throw new IOException(source + ": not a valid X.509 certificate in PEM: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IOException(source + ": no '-----BEGIN CERTIFICATE-----' block found");
        }
        return certificates;
    }

    /** The one PKCS#8 ({@code BEGIN PRIVATE KEY}) RSA or EC key of a PEM file. */
    public static PrivateKey readPrivateKey(Path file) throws IOException {
        List<Block> keys = new ArrayList<>();
        for (Block block : blocks(read(file), file.toString())) {
            switch (block.label()) {
                case PKCS8 -> keys.add(block);
                case "RSA PRIVATE KEY", "EC PRIVATE KEY" ->
                    throw new IOException(file + ": key is '"
                            + block.label() + "' (PKCS#1/SEC1); convert it to PKCS#8 with"
                            + " 'openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8.pem'");
                case "ENCRYPTED PRIVATE KEY" ->
                    throw new IOException(file
                            + ": key is encrypted; store it unencrypted (PKCS#8, 'BEGIN PRIVATE KEY') with"
                            + " file permissions protecting it");
                default -> {
                    // Other blocks (e.g. a certificate in the same file) are not keys; skip them.
                }
            }
        }
        if (keys.size() != 1) {
            throw new IOException(
                    file + ": expected exactly one '-----BEGIN PRIVATE KEY-----' block, found " + keys.size());
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(keys.get(0).der());
        List<String> tried = List.of("RSA", "EC");
        for (String algorithm : tried) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (InvalidKeySpecException wrongAlgorithm) {
                // Try the next algorithm; the error below reports that none fitted.
            } catch (GeneralSecurityException e) {
                throw new IOException(file + ": cannot read the " + algorithm + " key: " + e.getMessage(), e);
            }
        }
        throw new IOException(file + ": the PKCS#8 key is neither RSA nor EC");
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read PEM file: " + e.getMessage(), e);
        }
    }

    private static List<Block> blocks(String text, String source) throws IOException {
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) {
            try {
                byte[] der = Base64.getMimeDecoder().decode(matcher.group(2));
                blocks.add(new Block(matcher.group(1), der));
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ": bad base64 in '" + matcher.group(1) + "' block", e);
            }
        }
        if (blocks.isEmpty()) {
            throw new IOException(source + ": no PEM block ('-----BEGIN ...-----') found");
        }
        return blocks;
    }

    private record Block(String label, byte[] der) {}
}
