package org.ocppbridge.bridge.firmware;

import java.security.cert.X509Certificate;
import java.util.Base64;
import org.ocppbridge.bridge.transfer.TransferUrl;
import org.ocppbridge.bridge.transfer.TransferUrlException;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides on an UpdateFirmware request before anything is downloaded: supported location, signed or allowed
 * unsigned, and (L01.FR.22) a signing certificate that is trusted, valid and not revoked.
 */
final class FirmwareRequestCheck {

    private static final Logger log = LoggerFactory.getLogger(FirmwareRequestCheck.class);

    /**
     * @param refusal the answer when the request is refused, null when it may run
     * @param signature how to verify the image; null for unsigned firmware that the configuration allows
     * @param reason a short reason for the log and the response's statusInfo
     * @param reasonCode the Part 2 Appendix 5 reason code of a refusal where one fits, else null
     */
    record Result(UpdateFirmwareResponse refusal, SignatureCheck signature, String reason, String reasonCode) {
        Result(UpdateFirmwareResponse refusal, SignatureCheck signature, String reason) {
            this(refusal, signature, reason, null);
        }

        static Result refuse(UpdateFirmwareResponse response, String reason) {
            return new Result(response, null, reason);
        }

        static Result refuse(UpdateFirmwareResponse response, String reasonCode, String reason) {
            return new Result(response, null, reason, reasonCode);
        }

        boolean accepted() {
            return refusal == null;
        }
    }

    private final SigningCertificateCheck certificates; // null: no trust anchor can ever exist (tests' set-ups)
    private final boolean allowUnsigned;

    FirmwareRequestCheck(SigningCertificateCheck certificates, boolean allowUnsigned) {
        this.certificates = certificates;
        this.allowUnsigned = allowUnsigned;
    }

    Result decide(FirmwareUpdateRequest request) {
        if (!supported(request.location())) {
            return Result.refuse(
                    UpdateFirmwareResponse.Rejected, "InvalidURL", "location is not an http, https, ftp or ftps URL");
        }
        boolean signed = request.signingCertificate() != null && request.signature() != null;
        // Configured or installed (M05 ManufacturerRootCertificate): asked now, an installed root counts at once.
        boolean anchored = certificates != null && certificates.hasTrustAnchors();
        if (!signed || !anchored) {
            if (!allowUnsigned) {
                // TC_L_18: a secure-update station refuses firmware it cannot verify.
                return signed
                        ? Result.refuse(
                                UpdateFirmwareResponse.Rejected,
                                // Appendix 5's MissingDeviceModelInfo has 22 characters, over the schema's 20
                                // for reasonCode (StatusInfoType): the record refused it and the CSMS got an
                                // InternalError CALLERROR instead of the answer.
                                "NotEnabled",
                                "no firmware trust anchor is configured or installed")
                        : Result.refuse(
                                UpdateFirmwareResponse.Rejected, "MissingParam", "unsigned firmware is not allowed");
            }
            if (!signed) {
                log.warn("UPDATING UNSIGNED FIRMWARE (request {}): allowed by configuration", request.requestId());
                return new Result(null, null, "unsigned, allowed by configuration");
            }
            log.warn(
                    "No trust anchor: firmware {} is checked against its own certificate only (allowed by "
                            + "configuration)",
                    request.requestId());
            X509Certificate leaf = SigningCertificateCheck.parseLeaf(request.signingCertificate());
            return leaf == null
                    ? Result.refuse(UpdateFirmwareResponse.InvalidCertificate, "certificate does not parse")
                    : withSignature(leaf, request);
        }
        SigningCertificateCheck.Verdict verdict;
        try {
            verdict = certificates.check(request.signingCertificate());
        } catch (IllegalStateException brokenCrlConfiguration) {
            log.error("Refusing firmware {}: {}", request.requestId(), brokenCrlConfiguration.getMessage());
            return Result.refuse(UpdateFirmwareResponse.Rejected, "InternalError", "revocation data unreadable");
        }
        switch (verdict.outcome()) {
            case INVALID:
                log.warn("Firmware {} signing certificate invalid: {}", request.requestId(), verdict.reason());
                return Result.refuse(UpdateFirmwareResponse.InvalidCertificate, verdict.reason()); // L01.FR.02
            case REVOKED:
                log.warn("Firmware {} signing certificate revoked: {}", request.requestId(), verdict.reason());
                return Result.refuse(UpdateFirmwareResponse.RevokedCertificate, verdict.reason());
            default:
                return withSignature(verdict.leaf(), request);
        }
    }

    /** The signature check of a request that was accepted earlier (resume after restart); null if unsigned. */
    static SignatureCheck signatureOf(FirmwareUpdateRequest request) {
        if (request.signingCertificate() == null || request.signature() == null) {
            return null;
        }
        X509Certificate leaf = SigningCertificateCheck.parseLeaf(request.signingCertificate());
        String algorithm = leaf == null ? null : SignatureCheck.algorithmFor(leaf);
        byte[] signature = decode(request.signature());
        if (algorithm == null || signature == null) {
            throw new IllegalStateException("persisted request " + request.requestId() + " no longer parses");
        }
        return new SignatureCheck(leaf, algorithm, signature);
    }

    private static Result withSignature(X509Certificate leaf, FirmwareUpdateRequest request) {
        String algorithm = SignatureCheck.algorithmFor(leaf);
        if (algorithm == null) {
            return Result.refuse(
                    UpdateFirmwareResponse.InvalidCertificate,
                    "unsupported key type " + leaf.getPublicKey().getAlgorithm());
        }
        byte[] signature = decode(request.signature());
        if (signature == null) {
            return Result.refuse(UpdateFirmwareResponse.Rejected, "InvalidValue", "signature is not base64");
        }
        return new Result(null, new SignatureCheck(leaf, algorithm, signature), "signed");
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The transfer layer's URL rule: http, https, ftp or ftps, with a host. */
    private static boolean supported(String location) {
        try {
            TransferUrl.parse(location);
            return true;
        } catch (TransferUrlException e) {
            return false;
        }
    }
}
