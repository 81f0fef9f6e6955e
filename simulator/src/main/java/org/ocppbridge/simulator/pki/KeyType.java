package org.ocppbridge.simulator.pki;

/** The key types a firmware signing certificate may carry, with the signature algorithm each one uses. */
public enum KeyType {
    /** RSA 2048, signatures RSASSA-PKCS1-v1_5 with SHA-256. */
    RSA("RSA", "SHA256withRSA"),
    /** ECDSA on P-256, signatures DER-encoded ECDSA with SHA-256. */
    EC("EC", "SHA256withECDSA");

    private final String keyAlgorithm;
    private final String signatureAlgorithm;

    KeyType(String keyAlgorithm, String signatureAlgorithm) {
        this.keyAlgorithm = keyAlgorithm;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }
}
