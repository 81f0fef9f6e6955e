/**
 * The station's certificates: the persistent store of installed CA certificates and of the station certificate
 * ({@link org.ocppbridge.bridge.certificates.CertificateStore}), their CertificateHashData, the checks of
 * InstallCertificate (M05) and CertificateSigned (A02/A03), and the station's own key pair and PKCS#10 request.
 * Pure pieces: no protocol state, no threads; callers decide when to run them.
 */
package org.ocppbridge.bridge.certificates;
