package org.ocppbridge.bridge.certificates;

import java.nio.file.Path;
import java.util.Objects;

/** Security profile 3: the client certificate (PEM, leaf first, optionally followed by its chain) and its PKCS#8 key. */
public record ClientCertificate(Path certificatePem, Path privateKeyPem) {
    public ClientCertificate {
        Objects.requireNonNull(certificatePem, "clientCertificate.certificatePem");
        Objects.requireNonNull(privateKeyPem, "clientCertificate.privateKeyPem");
    }
}
