/**
 * Certificates, keys and TLS, one floor of the layers: PEM files and TLS contexts of the configuration
 * ({@link org.ocppbridge.bridge.certificates.PemFiles}, {@link org.ocppbridge.bridge.certificates.TlsContexts}),
 * and the security plane the CSMS manages (issue 16): the persistent store of installed CA certificates and of the
 * station certificate ({@link org.ocppbridge.bridge.certificates.CertificateStore}), their CertificateHashData,
 * the checks of InstallCertificate (M05) and CertificateSigned (A02/A03), and the station's own key pair and
 * PKCS#10 request. No protocol state and no threads: callers decide when to run them.
 */
package org.ocppbridge.bridge.certificates;
