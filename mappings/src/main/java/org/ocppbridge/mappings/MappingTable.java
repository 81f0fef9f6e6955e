package org.ocppbridge.mappings;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ocppbridge.mappings.ocpp.BootReasonEnumType;
import org.ocppbridge.mappings.ocpp.FirmwareStatusEnumType;
import org.ocppbridge.mappings.ocpp.LogEnumType;
import org.ocppbridge.mappings.ocpp.LogStatusEnumType;
import org.ocppbridge.mappings.ocpp.ResetEnumType;
import org.ocppbridge.mappings.ocpp.ResetRequest;
import org.ocppbridge.mappings.ocpp.ResetStatusEnumType;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareStatusEnumType;
import org.ocppbridge.mappings.ocpp.UploadLogStatusEnumType;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.ocppbridge.mappings.system.ResetType;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.mappings.system.UploadLogsStatus;

/**
 * Renders the README's mapping table from the mapping code: the field rows are the {@link FieldRule} lists kept
 * next to each mapping, and every value row comes from running the mapping over every enum value, so the table
 * cannot say what the code does not do. Run {@link #main} to print it.
 */
public final class MappingTable {

    private static final String NONE = FieldRule.NONE;

    private MappingTable() {}

    /** Prints the table; paste it between the README's mapping-table markers. */
    public static void main(String[] args) {
        // The table holds arrows and dashes: write UTF-8 whatever the platform's default charset is.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        out.print(markdown());
        out.flush();
    }

    public static String markdown() {
        // Starts with a line break so the table sits on its own lines between the README's markers.
        StringBuilder out = new StringBuilder("\n");

        section(out, "UpdateFirmwareRequest → FirmwareUpdateRequest (`update_firmware`)");
        fields(out, FirmwareMapping.REQUEST_FIELDS);

        section(out, "UpdateFirmwareResponse (system) → UpdateFirmwareResponse.status (OCPP)");
        values(
                out,
                "system UpdateFirmwareResponse",
                "OCPP UpdateFirmwareStatusEnumType",
                "security event after the response",
                UpdateFirmwareResponse.class,
                UpdateFirmwareStatusEnumType.class,
                FirmwareMapping::toOcppStatus,
                v -> event(SecurityEventMapping.forUpdateFirmwareResponse(v)));

        section(out, "FirmwareUpdateStatus → FirmwareStatusNotificationRequest (`firmware_update_status`)");
        fields(out, FirmwareStatusMapping.FIELDS);
        values(
                out,
                "system FirmwareUpdateStatusEnum",
                "OCPP FirmwareStatusEnumType",
                "security event",
                FirmwareUpdateStatusEnum.class,
                FirmwareStatusEnumType.class,
                FirmwareStatusMapping::toOcpp,
                v -> event(SecurityEventMapping.forFirmwareStatus(v)));

        section(out, "GetLogRequest → UploadLogsRequest (`upload_logs`)");
        fields(out, LogMapping.REQUEST_FIELDS);
        out.append("| OCPP LogEnumType | system `type` |\n|---|---|\n");
        for (LogEnumType type : LogEnumType.values()) {
            out.append("| ")
                    .append(type)
                    .append(" | `")
                    .append(LogMapping.toSystem(type))
                    .append("` |\n");
        }
        out.append("| ").append(NONE).append(" | any other string: refused (UnmappableValueException) |\n\n");

        section(out, "UploadLogsResponse → GetLogResponse");
        fields(out, LogMapping.RESPONSE_FIELDS);
        values(
                out,
                "system UploadLogsStatus",
                "OCPP LogStatusEnumType",
                null,
                UploadLogsStatus.class,
                LogStatusEnumType.class,
                LogMapping::toOcpp,
                v -> "");

        section(out, "LogStatus → LogStatusNotificationRequest (`log_status`)");
        fields(out, LogStatusMapping.FIELDS);
        values(
                out,
                "system LogStatusEnum",
                "OCPP UploadLogStatusEnumType",
                null,
                LogStatusEnum.class,
                UploadLogStatusEnumType.class,
                LogStatusMapping::toOcpp,
                v -> "");

        section(out, "ResetRequest → `is_reset_allowed(type)` and `reset(type, scheduled)`");
        fields(out, ResetMapping.FIELDS);
        values(
                out,
                "OCPP ResetEnumType",
                "system ResetType",
                null,
                ResetEnumType.class,
                ResetType.class,
                ResetMapping::toSystem,
                v -> "");
        resetCommands(out);

        section(out, "BootReason → BootNotificationRequest.reason and the boot's security event");
        values(
                out,
                "system BootReason",
                "OCPP BootReasonEnumType",
                "security event after the boot",
                BootReason.class,
                BootReasonEnumType.class,
                BootMapping::toOcpp,
                v -> event(SecurityEventMapping.forBoot(v)));
        return out.toString();
    }

    private static void section(StringBuilder out, String title) {
        out.append("#### ").append(title).append("\n\n");
    }

    private static void fields(StringBuilder out, List<FieldRule> rules) {
        out.append("| OCPP field | system field | rule |\n|---|---|---|\n");
        for (FieldRule rule : rules) {
            out.append("| ")
                    .append(code(rule.ocppField()))
                    .append(" | ")
                    .append(code(rule.systemField()))
                    .append(" | ")
                    .append(rule.rule())
                    .append(" |\n");
        }
        out.append('\n');
    }

    /**
     * One row per value of {@code from}, mapped by {@code mapping}; then one row per value of {@code to} that no
     * value reaches, so both sides are listed value by value. {@code extraHeader} null means no third column.
     */
    private static <F extends Enum<F>, T extends Enum<T>> void values(
            StringBuilder out,
            String fromHeader,
            String toHeader,
            String extraHeader,
            Class<F> from,
            Class<T> to,
            Function<F, T> mapping,
            Function<F, String> extra) {
        boolean third = extraHeader != null;
        out.append("| ").append(fromHeader).append(" | ").append(toHeader);
        out.append(third ? " | " + extraHeader + " |\n|---|---|---|\n" : " |\n|---|---|\n");
        Set<T> reached = EnumSet.noneOf(to);
        for (F value : from.getEnumConstants()) {
            T image = mapping.apply(value);
            reached.add(image);
            out.append("| ").append(value).append(" | ").append(image);
            out.append(third ? " | " + extra.apply(value) + " |\n" : " |\n");
        }
        for (T value : to.getEnumConstants()) {
            if (!reached.contains(value)) {
                out.append("| ").append(NONE).append(" | ").append(value).append(": never produced");
                out.append(third ? " | |\n" : " |\n");
            }
        }
        out.append('\n');
    }

    /** Every request type and every answer, run through {@link ResetMapping#command}. */
    private static void resetCommands(StringBuilder out) {
        out.append("| OCPP type | our ResetResponse.status | system command |\n|---|---|---|\n");
        for (ResetEnumType type : ResetEnumType.values()) {
            for (ResetStatusEnumType answered : ResetStatusEnumType.values()) {
                out.append("| ")
                        .append(type)
                        .append(" | ")
                        .append(answered)
                        .append(" | ")
                        .append(command(new ResetRequest(type, null), answered))
                        .append(" |\n");
            }
        }
        out.append('\n');
    }

    private static String command(ResetRequest request, ResetStatusEnumType answered) {
        try {
            Optional<SystemReset> reset = ResetMapping.command(request, answered);
            return reset.map(r -> "`reset(" + r.type() + ", " + r.scheduled() + ")`")
                    .orElse("none");
        } catch (IllegalArgumentException never) {
            // The mapping refuses this pair; the table says so instead of hiding the row.
            return "never: " + never.getMessage();
        }
    }

    private static String event(Optional<SecurityEventType> event) {
        return event.map(SecurityEventType::name).orElse(NONE);
    }

    /** Field paths in code format; prose (and "—") as is. */
    private static String code(String field) {
        return field.matches("[A-Za-z_.]+") ? "`" + field + "`" : field;
    }

    /** For tests: the rows of every field table, in order. */
    static List<FieldRule> allFieldRules() {
        List<FieldRule> all = new ArrayList<>();
        all.addAll(FirmwareMapping.REQUEST_FIELDS);
        all.addAll(FirmwareStatusMapping.FIELDS);
        all.addAll(LogMapping.REQUEST_FIELDS);
        all.addAll(LogMapping.RESPONSE_FIELDS);
        all.addAll(LogStatusMapping.FIELDS);
        all.addAll(ResetMapping.FIELDS);
        return all;
    }
}
