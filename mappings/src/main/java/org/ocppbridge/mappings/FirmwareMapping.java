package org.ocppbridge.mappings;

import java.util.List;
import org.ocppbridge.mappings.ocpp.FirmwareType;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareRequest;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareStatusEnumType;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;

/** UpdateFirmware (L01): the CSMS's request to the system's {@code update_firmware}, and its answer back. */
public final class FirmwareMapping {

    /** The rows of the README table for {@link #toSystem(UpdateFirmwareRequest)}. */
    public static final List<FieldRule> REQUEST_FIELDS = List.of(
            new FieldRule("requestId", "request_id", "copied; a negative id is refused (see RequestIds)"),
            new FieldRule("firmware.location", "location", "copied"),
            new FieldRule("firmware.retrieveDateTime", "retrieve_timestamp", "copied"),
            new FieldRule("firmware.installDateTime", "install_timestamp", "copied; absent stays absent"),
            new FieldRule("firmware.signingCertificate", "signing_certificate", "copied; absent stays absent"),
            new FieldRule("firmware.signature", "signature", "copied; absent stays absent"),
            new FieldRule(
                    "retries",
                    "retries",
                    "n → n + 1 (OCPP counts retries, the system all attempts); " + "absent stays absent"),
            new FieldRule("retryInterval", "retry_interval_s", "copied (seconds); absent stays absent"));

    private FirmwareMapping() {}

    /** UpdateFirmwareRequest → FirmwareUpdateRequest; refuses a negative requestId. */
    public static FirmwareUpdateRequest toSystem(UpdateFirmwareRequest request) {
        FirmwareType firmware = request.firmware();
        return new FirmwareUpdateRequest(
                Retries.attemptsFromRetries(request.retries()),
                request.retryInterval(),
                RequestIds.requestToSystem(request.requestId()),
                firmware.location(),
                firmware.retrieveDateTime(),
                firmware.installDateTime(),
                firmware.signingCertificate(),
                firmware.signature());
    }

    /**
     * FirmwareUpdateRequest → UpdateFirmwareRequest, the inverse of {@link #toSystem(UpdateFirmwareRequest)}.
     *
     * @throws UnmappableValueException when {@code retrieve_timestamp} is absent (OCPP requires it)
     * @throws org.ocppbridge.mappings.ocpp.OcppConstraintException when a string is over OCPP's limit
     */
    public static UpdateFirmwareRequest toOcpp(FirmwareUpdateRequest request) {
        if (request.retrieveTimestamp() == null) {
            throw new UnmappableValueException(
                    "retrieve_timestamp", "MissingParam", "OCPP requires firmware.retrieveDateTime");
        }
        return new UpdateFirmwareRequest(
                Retries.retriesFromAttempts(request.retries()),
                request.retryIntervalS(),
                request.requestId(),
                new FirmwareType(
                        request.location(),
                        request.retrieveTimestamp(),
                        request.installTimestamp(),
                        request.signingCertificate(),
                        request.signature()));
    }

    /** The system's answer → the CALLRESULT; no statusInfo, because the system gives no reason. */
    public static org.ocppbridge.mappings.ocpp.UpdateFirmwareResponse toOcpp(UpdateFirmwareResponse response) {
        return org.ocppbridge.mappings.ocpp.UpdateFirmwareResponse.of(toOcppStatus(response));
    }

    /** One to one: the seed copied OCPP's names. */
    public static UpdateFirmwareStatusEnumType toOcppStatus(UpdateFirmwareResponse response) {
        return switch (response) {
            case Accepted -> UpdateFirmwareStatusEnumType.Accepted;
            case Rejected -> UpdateFirmwareStatusEnumType.Rejected;
            case AcceptedCanceled -> UpdateFirmwareStatusEnumType.AcceptedCanceled;
            case InvalidCertificate -> UpdateFirmwareStatusEnumType.InvalidCertificate;
            case RevokedCertificate -> UpdateFirmwareStatusEnumType.RevokedCertificate;
        };
    }

    /** The inverse of {@link #toOcppStatus(UpdateFirmwareResponse)}. */
    public static UpdateFirmwareResponse toSystem(UpdateFirmwareStatusEnumType status) {
        return switch (status) {
            case Accepted -> UpdateFirmwareResponse.Accepted;
            case Rejected -> UpdateFirmwareResponse.Rejected;
            case AcceptedCanceled -> UpdateFirmwareResponse.AcceptedCanceled;
            case InvalidCertificate -> UpdateFirmwareResponse.InvalidCertificate;
            case RevokedCertificate -> UpdateFirmwareResponse.RevokedCertificate;
        };
    }
}
