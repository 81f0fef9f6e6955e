package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ocppbridge.bridge.certificates.CrlFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a certificate is listed in a CRL of its issuer. CRLs come from the local {@code --firmware-crl} file or
 * folder (read on every check, so an operator can drop a new one in) and from the certificate's CRL
 * distribution points over http(s).
 *
 * <p>A distribution point that cannot be reached within the time-out is a <b>soft fail</b>: logged as a warning,
 * and the check goes on with the CRLs it has. A charger often cannot reach its maker's PKI; a hard fail would
 * block every update then. Operators who need certainty put the CRL in the local path. A CRL whose signature
 * does not verify with the issuer's key is ignored (logged), so a forged CRL can neither revoke nor clear.
 */
final class RevocationCheck {

    private static final Logger log = LoggerFactory.getLogger(RevocationCheck.class);
    private static final long MAX_CRL_BYTES = 10L * 1024 * 1024;

    private final Path localCrls;
    private final Duration fetchTimeout;

    RevocationCheck(Path localCrls, Duration fetchTimeout) {
        this.localCrls = localCrls;
        this.fetchTimeout = fetchTimeout;
    }

    /** True when a valid CRL signed by {@code issuer} lists {@code certificate}. */
    boolean isRevoked(X509Certificate certificate, X509Certificate issuer) {
        List<X509CRL> crls = new ArrayList<>(local());
        for (URI url : CrlDistributionPoints.httpUrls(certificate)) {
            crls.addAll(fetch(url));
        }
        for (X509CRL crl : crls) {
            if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
                continue;
            }
            try {
                crl.verify(issuer.getPublicKey());
            } catch (GeneralSecurityException e) {
                log.warn(
                        "Ignoring a CRL of {} whose signature does not verify: {}",
                        crl.getIssuerX500Principal(),
                        e.toString());
                continue;
            }
            if (crl.isRevoked(certificate)) {
                return true;
            }
        }
        return false;
    }

    private List<X509CRL> local() {
        if (localCrls == null) {
            return List.of();
        }
        try {
            return CrlFiles.read(localCrls);
        } catch (IOException e) {
            // A configured CRL that cannot be read must not pass silently as "not revoked" (checked at start too).
            throw new IllegalStateException("cannot read the CRLs of " + localCrls + ": " + e.getMessage(), e);
        }
    }

    private List<X509CRL> fetch(URI url) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) url.toURL().openConnection();
            int millis = (int) Math.min(Integer.MAX_VALUE, fetchTimeout.toMillis());
            connection.setConnectTimeout(millis);
            connection.setReadTimeout(millis);
            int code = connection.getResponseCode();
            if (code != HttpURLConnection.HTTP_OK) {
                log.warn("CRL distribution point {} answered {}; going on without it (soft fail)", url, code);
                return List.of();
            }
            try (InputStream in = connection.getInputStream()) {
                return CrlFiles.parse(new java.io.ByteArrayInputStream(in.readNBytes((int) MAX_CRL_BYTES)));
            }
        } catch (IOException | GeneralSecurityException e) {
            log.warn(
                    "CRL distribution point {} unreachable or unreadable; going on without it (soft fail): {}",
                    url,
                    e.toString());
            return List.of();
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }
}
