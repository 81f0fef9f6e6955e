package org.ocppbridge.schemas;

import java.util.Arrays;
import java.util.List;

/**
 * The field tables of the supported OCPP 2.0.1 messages, rewritten row by row from the field facts of the
 * specification (shared/spec/messages.md), without looking at the schema files. The tests hold the schema files
 * to these rows. Every object of every message is closed and may carry customData.
 */
final class OcppFacts {

    /** The actions whose Request and Response the bridge validates. */
    static final List<String> ACTIONS = List.of(
            "BootNotification",
            "Heartbeat",
            "StatusNotification",
            "TriggerMessage",
            "UpdateFirmware",
            "FirmwareStatusNotification",
            "GetLog",
            "LogStatusNotification",
            "Reset",
            "SecurityEventNotification",
            "GetVariables",
            "SetVariables",
            "GetBaseReport",
            "NotifyReport",
            "RequestStartTransaction",
            "RequestStopTransaction",
            "InstallCertificate",
            "GetInstalledCertificateIds",
            "DeleteCertificate",
            "SignCertificate",
            "CertificateSigned",
            "GetReport");

    private static final String STATUS_INFO = "statusInfo object";
    private static final String REASON_CODE = "statusInfo.reasonCode string(20) required";
    private static final String ADDITIONAL_INFO = "statusInfo.additionalInfo string(512)";
    private static final String ATTRIBUTE = "enum(Actual|Target|MinSet|MaxSet)";
    private static final String ID_TOKEN_TYPES =
            "enum(Central|eMAID|ISO14443|ISO15693|KeyCode|Local|MacAddress|NoAuthorization)";

    private static final String GET_CERTIFICATE_ID_USE =
            "(V2GCertificateChain|V2GRootCertificate|CSMSRootCertificate|MORootCertificate|ManufacturerRootCertificate)";
    private static final String CERTIFICATE_SIGNING_USE = "enum(ChargingStationCertificate|V2GCertificate)";

    private OcppFacts() {}

    /** The four field rows of a CertificateHashDataType at {@code prefix} (e.g. "certificateHashData"). */
    private static String[] hashData(String prefix) {
        return new String[] {
            prefix + ".hashAlgorithm enum(SHA256|SHA384|SHA512) required",
            prefix + ".issuerNameHash string(128) required",
            prefix + ".issuerKeyHash string(128) required",
            prefix + ".serialNumber string(40) required"
        };
    }

    private static String[] rows(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }

    static List<MessageFacts> all() {
        return List.of(
                MessageFacts.closed(
                        "BootNotificationRequest",
                        "chargingStation object required",
                        "chargingStation.serialNumber string(25)",
                        "chargingStation.model string(20) required",
                        "chargingStation.modem object",
                        "chargingStation.modem.iccid string(20)",
                        "chargingStation.modem.imsi string(20)",
                        "chargingStation.vendorName string(50) required",
                        "chargingStation.firmwareVersion string(50)",
                        "reason enum(ApplicationReset|FirmwareUpdate|LocalReset|PowerUp|RemoteReset|ScheduledReset"
                                + "|Triggered|Unknown|Watchdog) required"),
                MessageFacts.closed(
                        "BootNotificationResponse",
                        "currentTime date-time required",
                        "interval integer required",
                        "status enum(Accepted|Pending|Rejected) required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO),
                MessageFacts.closed("HeartbeatRequest"),
                MessageFacts.closed("HeartbeatResponse", "currentTime date-time required"),
                MessageFacts.closed(
                        "StatusNotificationRequest",
                        "timestamp date-time required",
                        "connectorStatus enum(Available|Occupied|Reserved|Unavailable|Faulted) required",
                        "evseId integer required",
                        "connectorId integer required"),
                MessageFacts.closed("StatusNotificationResponse"),
                MessageFacts.closed(
                        "TriggerMessageRequest",
                        "evse object",
                        "evse.id integer required",
                        "evse.connectorId integer",
                        "requestedMessage enum(BootNotification|LogStatusNotification|FirmwareStatusNotification"
                                + "|Heartbeat|MeterValues|SignChargingStationCertificate|SignV2GCertificate"
                                + "|StatusNotification|TransactionEvent|SignCombinedCertificate"
                                + "|PublishFirmwareStatusNotification) required"),
                MessageFacts.closed(
                        "TriggerMessageResponse",
                        "status enum(Accepted|Rejected|NotImplemented) required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO),
                MessageFacts.closed(
                        "UpdateFirmwareRequest",
                        "retries integer",
                        "retryInterval integer",
                        "requestId integer required",
                        "firmware object required",
                        "firmware.location string(512) required",
                        "firmware.retrieveDateTime date-time required",
                        "firmware.installDateTime date-time",
                        "firmware.signingCertificate string(5500)",
                        "firmware.signature string(800)"),
                MessageFacts.closed(
                        "UpdateFirmwareResponse",
                        "status enum(Accepted|Rejected|AcceptedCanceled|InvalidCertificate|RevokedCertificate)"
                                + " required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO),
                MessageFacts.closed(
                        "FirmwareStatusNotificationRequest",
                        "status enum(Downloaded|DownloadFailed|Downloading|DownloadScheduled|DownloadPaused|Idle"
                                + "|InstallationFailed|Installing|Installed|InstallRebooting|InstallScheduled"
                                + "|InstallVerificationFailed|InvalidSignature|SignatureVerified) required",
                        "requestId integer"),
                MessageFacts.closed("FirmwareStatusNotificationResponse"),
                MessageFacts.closed(
                        "GetLogRequest",
                        "log object required",
                        "log.remoteLocation string(512) required",
                        "log.oldestTimestamp date-time",
                        "log.latestTimestamp date-time",
                        "logType enum(DiagnosticsLog|SecurityLog) required",
                        "requestId integer required",
                        "retries integer",
                        "retryInterval integer"),
                MessageFacts.closed(
                        "GetLogResponse",
                        "status enum(Accepted|Rejected|AcceptedCanceled) required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO,
                        "filename string(255)"),
                MessageFacts.closed(
                        "LogStatusNotificationRequest",
                        "status enum(BadMessage|Idle|NotSupportedOperation|PermissionDenied|Uploaded|UploadFailure"
                                + "|Uploading|AcceptedCanceled) required",
                        "requestId integer"),
                MessageFacts.closed("LogStatusNotificationResponse"),
                MessageFacts.closed("ResetRequest", "type enum(Immediate|OnIdle) required", "evseId integer"),
                MessageFacts.closed(
                        "ResetResponse",
                        "status enum(Accepted|Rejected|Scheduled) required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO),
                MessageFacts.closed(
                        "SecurityEventNotificationRequest",
                        "type string(50) required",
                        "timestamp date-time required",
                        "techInfo string(255)"),
                MessageFacts.closed("SecurityEventNotificationResponse"),
                MessageFacts.closed(
                        "GetVariablesRequest",
                        "getVariableData array required",
                        "getVariableData[].attributeType " + ATTRIBUTE,
                        "getVariableData[].component object required",
                        "getVariableData[].component.evse object",
                        "getVariableData[].component.evse.id integer required",
                        "getVariableData[].component.evse.connectorId integer",
                        "getVariableData[].component.name string(50) required",
                        "getVariableData[].component.instance string(50)",
                        "getVariableData[].variable object required",
                        "getVariableData[].variable.name string(50) required",
                        "getVariableData[].variable.instance string(50)"),
                MessageFacts.closed(
                        "GetVariablesResponse",
                        "getVariableResult array required",
                        "getVariableResult[].attributeStatusInfo object",
                        "getVariableResult[].attributeStatusInfo.reasonCode string(20) required",
                        "getVariableResult[].attributeStatusInfo.additionalInfo string(512)",
                        "getVariableResult[].attributeStatus enum(Accepted|Rejected|UnknownComponent|UnknownVariable"
                                + "|NotSupportedAttributeType) required",
                        "getVariableResult[].attributeType " + ATTRIBUTE,
                        "getVariableResult[].attributeValue string(2500)",
                        "getVariableResult[].component object required",
                        "getVariableResult[].component.evse object",
                        "getVariableResult[].component.evse.id integer required",
                        "getVariableResult[].component.evse.connectorId integer",
                        "getVariableResult[].component.name string(50) required",
                        "getVariableResult[].component.instance string(50)",
                        "getVariableResult[].variable object required",
                        "getVariableResult[].variable.name string(50) required",
                        "getVariableResult[].variable.instance string(50)"),
                MessageFacts.closed(
                        "SetVariablesRequest",
                        "setVariableData array required",
                        "setVariableData[].attributeType " + ATTRIBUTE,
                        "setVariableData[].attributeValue string(1000) required",
                        "setVariableData[].component object required",
                        "setVariableData[].component.evse object",
                        "setVariableData[].component.evse.id integer required",
                        "setVariableData[].component.evse.connectorId integer",
                        "setVariableData[].component.name string(50) required",
                        "setVariableData[].component.instance string(50)",
                        "setVariableData[].variable object required",
                        "setVariableData[].variable.name string(50) required",
                        "setVariableData[].variable.instance string(50)"),
                MessageFacts.closed(
                        "SetVariablesResponse",
                        "setVariableResult array required",
                        "setVariableResult[].attributeType " + ATTRIBUTE,
                        "setVariableResult[].attributeStatus enum(Accepted|Rejected|UnknownComponent|UnknownVariable"
                                + "|NotSupportedAttributeType|RebootRequired) required",
                        "setVariableResult[].attributeStatusInfo object",
                        "setVariableResult[].attributeStatusInfo.reasonCode string(20) required",
                        "setVariableResult[].attributeStatusInfo.additionalInfo string(512)",
                        "setVariableResult[].component object required",
                        "setVariableResult[].component.evse object",
                        "setVariableResult[].component.evse.id integer required",
                        "setVariableResult[].component.evse.connectorId integer",
                        "setVariableResult[].component.name string(50) required",
                        "setVariableResult[].component.instance string(50)",
                        "setVariableResult[].variable object required",
                        "setVariableResult[].variable.name string(50) required",
                        "setVariableResult[].variable.instance string(50)"),
                MessageFacts.closed(
                        "GetBaseReportRequest",
                        "requestId integer required",
                        "reportBase enum(ConfigurationInventory|FullInventory|SummaryInventory) required"),
                MessageFacts.closed(
                        "GetBaseReportResponse",
                        "status enum(Accepted|Rejected|NotSupported|EmptyResultSet) required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO),
                MessageFacts.closed(
                        "NotifyReportRequest",
                        "requestId integer required",
                        "generatedAt date-time required",
                        "reportData array",
                        "reportData[].component object required",
                        "reportData[].component.evse object",
                        "reportData[].component.evse.id integer required",
                        "reportData[].component.evse.connectorId integer",
                        "reportData[].component.name string(50) required",
                        "reportData[].component.instance string(50)",
                        "reportData[].variable object required",
                        "reportData[].variable.name string(50) required",
                        "reportData[].variable.instance string(50)",
                        "reportData[].variableAttribute array required",
                        "reportData[].variableAttribute[].type " + ATTRIBUTE,
                        "reportData[].variableAttribute[].value string(2500)",
                        "reportData[].variableAttribute[].mutability enum(ReadOnly|WriteOnly|ReadWrite)",
                        "reportData[].variableAttribute[].persistent boolean",
                        "reportData[].variableAttribute[].constant boolean",
                        "reportData[].variableCharacteristics object",
                        "reportData[].variableCharacteristics.unit string(16)",
                        "reportData[].variableCharacteristics.dataType enum(string|decimal|integer|dateTime|boolean"
                                + "|OptionList|SequenceList|MemberList) required",
                        "reportData[].variableCharacteristics.minLimit number",
                        "reportData[].variableCharacteristics.maxLimit number",
                        "reportData[].variableCharacteristics.valuesList string(1000)",
                        "reportData[].variableCharacteristics.supportsMonitoring boolean required",
                        "tbc boolean",
                        "seqNo integer required"),
                MessageFacts.closed("NotifyReportResponse"),
                MessageFacts.closed(
                        "RequestStartTransactionRequest",
                        "evseId integer",
                        "groupIdToken object",
                        "groupIdToken.additionalInfo array",
                        "groupIdToken.additionalInfo[].additionalIdToken string(36) required",
                        "groupIdToken.additionalInfo[].type string(50) required",
                        "groupIdToken.idToken string(36) required",
                        "groupIdToken.type " + ID_TOKEN_TYPES + " required",
                        "idToken object required",
                        "idToken.additionalInfo array",
                        "idToken.additionalInfo[].additionalIdToken string(36) required",
                        "idToken.additionalInfo[].type string(50) required",
                        "idToken.idToken string(36) required",
                        "idToken.type " + ID_TOKEN_TYPES + " required",
                        "remoteStartId integer required",
                        "chargingProfile object",
                        "chargingProfile.id integer required",
                        "chargingProfile.stackLevel integer required",
                        "chargingProfile.chargingProfilePurpose enum(ChargingStationExternalConstraints|ChargingStationMaxProfile|TxDefaultProfile|TxProfile) required",
                        "chargingProfile.chargingProfileKind enum(Absolute|Recurring|Relative) required",
                        "chargingProfile.recurrencyKind enum(Daily|Weekly)",
                        "chargingProfile.validFrom date-time",
                        "chargingProfile.validTo date-time",
                        "chargingProfile.chargingSchedule array required",
                        "chargingProfile.chargingSchedule[].id integer required",
                        "chargingProfile.chargingSchedule[].startSchedule date-time",
                        "chargingProfile.chargingSchedule[].duration integer",
                        "chargingProfile.chargingSchedule[].chargingRateUnit enum(W|A) required",
                        "chargingProfile.chargingSchedule[].chargingSchedulePeriod array required",
                        "chargingProfile.chargingSchedule[].chargingSchedulePeriod[].startPeriod integer required",
                        "chargingProfile.chargingSchedule[].chargingSchedulePeriod[].limit number required",
                        "chargingProfile.chargingSchedule[].chargingSchedulePeriod[].numberPhases integer",
                        "chargingProfile.chargingSchedule[].chargingSchedulePeriod[].phaseToUse integer",
                        "chargingProfile.chargingSchedule[].minChargingRate number",
                        "chargingProfile.chargingSchedule[].salesTariff object",
                        "chargingProfile.chargingSchedule[].salesTariff.id integer required",
                        "chargingProfile.chargingSchedule[].salesTariff.salesTariffDescription string(32)",
                        "chargingProfile.chargingSchedule[].salesTariff.numEPriceLevels integer",
                        "chargingProfile.chargingSchedule[].salesTariff.salesTariffEntry array required",
                        "chargingProfile.chargingSchedule[].salesTariff.salesTariffEntry[].relativeTimeInterval object required",
                        "chargingProfile.chargingSchedule[].salesTariff.salesTariffEntry[].relativeTimeInterval.start integer required",
                        "chargingProfile.chargingSchedule[].salesTariff.salesTariffEntry[].relativeTimeInterval.duration integer",
                        "chargingProfile.chargingSchedule[].salesTariff.salesTariffEntry[].ePriceLevel integer",
                        "chargingProfile.chargingSchedule[].salesTariff.salesTariffEntry[].consumptionCost array",
                        "chargingProfile.chargingSchedule[].salesTariff.salesTariffEntry[].consumptionCost[].startValue number required",
                        "chargingProfile.chargingSchedule[].salesTariff.salesTariffEntry[].consumptionCost[].cost array required",
                        "chargingProfile.chargingSchedule[].salesTariff.salesTariffEntry[].consumptionCost[].cost[].costKind enum(CarbonDioxideEmission|RelativePricePercentage|RenewableGenerationPercentage) required",
                        "chargingProfile.chargingSchedule[].salesTariff.salesTariffEntry[].consumptionCost[].cost[].amount integer required",
                        "chargingProfile.chargingSchedule[].salesTariff.salesTariffEntry[].consumptionCost[].cost[].amountMultiplier integer",
                        "chargingProfile.transactionId string(36)"),
                MessageFacts.closed(
                        "RequestStartTransactionResponse",
                        "status enum(Accepted|Rejected) required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO,
                        "transactionId string(36)"),
                MessageFacts.closed(
                        "InstallCertificateRequest",
                        "certificateType enum(V2GRootCertificate|MORootCertificate|CSMSRootCertificate"
                                + "|ManufacturerRootCertificate) required",
                        "certificate string(5500) required"),
                MessageFacts.closed(
                        "InstallCertificateResponse",
                        "status enum(Accepted|Rejected|Failed) required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO),
                MessageFacts.closed(
                        "GetInstalledCertificateIdsRequest", "certificateType enum[]" + GET_CERTIFICATE_ID_USE),
                MessageFacts.closed(
                        "GetInstalledCertificateIdsResponse",
                        rows(
                                new String[] {
                                    "status enum(Accepted|NotFound) required",
                                    STATUS_INFO,
                                    REASON_CODE,
                                    ADDITIONAL_INFO,
                                    "certificateHashDataChain array",
                                    "certificateHashDataChain[].certificateHashData object required"
                                },
                                hashData("certificateHashDataChain[].certificateHashData"),
                                new String[] {
                                    "certificateHashDataChain[].certificateType enum" + GET_CERTIFICATE_ID_USE
                                            + " required",
                                    "certificateHashDataChain[].childCertificateHashData array"
                                },
                                hashData("certificateHashDataChain[].childCertificateHashData[]"))),
                MessageFacts.closed(
                        "DeleteCertificateRequest",
                        rows(new String[] {"certificateHashData object required"}, hashData("certificateHashData"))),
                MessageFacts.closed(
                        "DeleteCertificateResponse",
                        "status enum(Accepted|Failed|NotFound) required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO),
                MessageFacts.closed(
                        "SignCertificateRequest",
                        "csr string(5500) required",
                        "certificateType " + CERTIFICATE_SIGNING_USE),
                MessageFacts.closed(
                        "SignCertificateResponse",
                        "status enum(Accepted|Rejected) required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO),
                MessageFacts.closed(
                        "CertificateSignedRequest",
                        "certificateChain string(10000) required",
                        "certificateType " + CERTIFICATE_SIGNING_USE),
                MessageFacts.closed(
                        "CertificateSignedResponse",
                        "status enum(Accepted|Rejected) required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO),
                MessageFacts.closed(
                        "GetReportRequest",
                        "componentVariable array",
                        "componentVariable[].component object required",
                        "componentVariable[].component.evse object",
                        "componentVariable[].component.evse.id integer required",
                        "componentVariable[].component.evse.connectorId integer",
                        "componentVariable[].component.name string(50) required",
                        "componentVariable[].component.instance string(50)",
                        "componentVariable[].variable object",
                        "componentVariable[].variable.name string(50) required",
                        "componentVariable[].variable.instance string(50)",
                        "requestId integer required",
                        "componentCriteria enum[](Active|Available|Enabled|Problem)"),
                MessageFacts.closed(
                        "GetReportResponse",
                        "status enum(Accepted|Rejected|NotSupported|EmptyResultSet) required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO),
                MessageFacts.closed("RequestStopTransactionRequest", "transactionId string(36) required"),
                MessageFacts.closed(
                        "RequestStopTransactionResponse",
                        "status enum(Accepted|Rejected) required",
                        STATUS_INFO,
                        REASON_CODE,
                        ADDITIONAL_INFO));
    }
}
