package org.ocppbridge.bridge.certificates;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocppbridge.mappings.ocpp.CertificateHashDataChainType;
import org.ocppbridge.mappings.ocpp.CertificateHashDataType;
import org.ocppbridge.mappings.ocpp.GetCertificateIdUseEnumType;
import org.ocppbridge.mappings.ocpp.HashAlgorithmEnumType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store seen through CertificateHashData: what GetInstalledCertificateIds lists (M03) and which entry a
 * DeleteCertificate names (M04). A certificate's issuer key is its own when it is self-signed, else the key of the
 * stored certificate that issued it (the next one of its chain, or an installed root).
 */
public final class CertificateIds {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateIds.class);

    private CertificateIds() {}

    /**
     * The installed roots of these uses (all when {@code uses} is null), SHA-256 hash data, in installation order.
     * The station certificate is not listed: no GetCertificateIdUse names it.
     */
    public static List<CertificateHashDataChainType> list(
            CertificateStore store, List<GetCertificateIdUseEnumType> uses) {
        List<CertificateHashDataChainType> out = new ArrayList<>();
        for (StoredCertificate entry : store.all()) {
            Optional<GetCertificateIdUseEnumType> use = entry.type().listedAs();
            if (use.isEmpty() || (uses != null && !uses.contains(use.get()))) {
                continue;
            }
            Optional<PublicKey> issuerKey = issuerKey(store, entry.certificate(), entry.chain());
            if (issuerKey.isEmpty()) {
                LOG.warn(
                        "{} {}: its issuer is no longer stored; it cannot be listed by hash",
                        entry.type(),
                        entry.certificate().getSubjectX500Principal());
                continue;
            }
            out.add(new CertificateHashDataChainType(
                    CertificateHashes.of(entry.certificate(), issuerKey.get(), HashAlgorithmEnumType.SHA256),
                    use.get(),
                    null));
        }
        return out;
    }

    /**
     * The entry {@code hash} names, with the hash algorithm the CSMS chose (M04.FR.07 as amended: the one the
     * station reported). For the station certificate, whose issuer may be the configured CSMS CA rather than a
     * stored certificate, issuer name and serial number are enough to recognise it.
     */
    public static Optional<StoredCertificate> find(CertificateStore store, CertificateHashDataType hash) {
        for (StoredCertificate entry : store.all()) {
            X509Certificate certificate = entry.certificate();
            Optional<PublicKey> issuerKey = issuerKey(store, certificate, entry.chain());
            if (issuerKey.isPresent()
                    && CertificateHashes.of(certificate, issuerKey.get(), hash.hashAlgorithm())
                            .sameCertificateAs(hash)) {
                return Optional.of(entry);
            }
            if (entry.type() == StoredCertificateType.ChargingStationCertificate) {
                CertificateHashDataType own =
                        CertificateHashes.of(certificate, certificate.getPublicKey(), hash.hashAlgorithm());
                if (own.issuerNameHash().equalsIgnoreCase(hash.issuerNameHash())
                        && own.serialNumber().equalsIgnoreCase(hash.serialNumber())) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PublicKey> issuerKey(
            CertificateStore store, X509Certificate certificate, List<X509Certificate> chain) {
        if (CertificateFacts.selfSigned(certificate)) {
            return Optional.of(certificate.getPublicKey());
        }
        List<X509Certificate> candidates = new ArrayList<>(chain.subList(1, chain.size()));
        store.all().forEach(e -> candidates.addAll(e.chain()));
        return candidates.stream()
                .filter(c -> c.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                        && CertificateFacts.signedBy(certificate, c.getPublicKey()))
                .map(X509Certificate::getPublicKey)
                .findFirst();
    }
}
