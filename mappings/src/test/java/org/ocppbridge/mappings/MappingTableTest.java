package org.ocppbridge.mappings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.ocpp.FirmwareStatusNotificationRequest;
import org.ocppbridge.mappings.ocpp.GetLogRequest;
import org.ocppbridge.mappings.ocpp.GetLogResponse;
import org.ocppbridge.mappings.ocpp.LogStatusNotificationRequest;
import org.ocppbridge.mappings.ocpp.ResetRequest;
import org.ocppbridge.mappings.ocpp.StatusInfoType;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.LogStatus;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.mappings.system.UploadLogsResponse;

class MappingTableTest {

    private static final String START = "<!-- mapping-table:start -->";
    private static final String END = "<!-- mapping-table:end -->";

    @Test
    void the_README_mapping_table_is_the_one_the_code_renders() throws IOException {
        // Surefire runs in the module directory; the README is the repository's.
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md has the mapping-table markers in order");
        assertEquals(
                MappingTable.markdown(),
                readme.substring(start + START.length(), end),
                "README mapping table is stale: regenerate it with "
                        + "java -cp mappings/target/classes org.ocppbridge.mappings.MappingTable");
    }

    @Test
    void every_table_lists_every_value_of_both_enums() {
        String table = MappingTable.markdown();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                org.ocppbridge.mappings.system.UpdateFirmwareResponse.class,
                org.ocppbridge.mappings.ocpp.UpdateFirmwareStatusEnumType.class,
                org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.class,
                org.ocppbridge.mappings.ocpp.FirmwareStatusEnumType.class,
                org.ocppbridge.mappings.system.UploadLogsStatus.class,
                org.ocppbridge.mappings.ocpp.LogStatusEnumType.class,
                org.ocppbridge.mappings.system.LogStatusEnum.class,
                org.ocppbridge.mappings.ocpp.UploadLogStatusEnumType.class,
                org.ocppbridge.mappings.ocpp.LogEnumType.class,
                org.ocppbridge.mappings.ocpp.ResetEnumType.class,
                org.ocppbridge.mappings.system.ResetType.class,
                org.ocppbridge.mappings.ocpp.ResetStatusEnumType.class,
                org.ocppbridge.mappings.system.BootReason.class,
                org.ocppbridge.mappings.ocpp.BootReasonEnumType.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertTrue(
                        table.contains("| " + value.name() + " |") || table.contains("| " + value.name() + ":"),
                        type.getSimpleName() + "." + value + " has a row");
            }
        }
    }

    @Test
    void the_field_rules_name_every_field_of_both_sides() {
        assertCovers(FirmwareMapping.REQUEST_FIELDS, UpdateFirmwareRequest.class, FirmwareUpdateRequest.class);
        assertCovers(FirmwareStatusMapping.FIELDS, FirmwareStatusNotificationRequest.class, FirmwareUpdateStatus.class);
        assertCovers(LogMapping.REQUEST_FIELDS, GetLogRequest.class, UploadLogsRequest.class);
        assertCovers(LogMapping.RESPONSE_FIELDS, GetLogResponse.class, UploadLogsResponse.class);
        assertCovers(LogStatusMapping.FIELDS, LogStatusNotificationRequest.class, LogStatus.class);
        assertCovers(ResetMapping.FIELDS, ResetRequest.class, SystemReset.class);
        assertEquals(
                MappingTable.allFieldRules().size(),
                MappingTable.allFieldRules().stream()
                        .filter(r -> MappingTable.markdown().contains(r.rule()))
                        .count(),
                "every rule is rendered");
    }

    private static void assertCovers(List<FieldRule> rules, Class<?> ocpp, Class<?> system) {
        Set<String> ocppNamed = rules.stream().map(FieldRule::ocppField).collect(Collectors.toCollection(TreeSet::new));
        Set<String> systemNamed =
                rules.stream().map(FieldRule::systemField).collect(Collectors.toCollection(TreeSet::new));
        for (String path : leafPaths(ocpp, "")) {
            assertTrue(
                    ocppNamed.stream().anyMatch(named -> named.equals(path) || named.startsWith(path + ",")),
                    ocpp.getSimpleName() + "." + path + " has a rule; rules name " + ocppNamed);
        }
        for (RecordComponent component : system.getRecordComponents()) {
            String seedName = snakeCase(component.getName());
            assertTrue(systemNamed.contains(seedName), system.getSimpleName() + "." + seedName + " has a rule");
        }
    }

    /** JSON paths of the leaves; StatusInfoType counts as one leaf, as the table treats it. */
    private static List<String> leafPaths(Class<?> record, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> type = component.getType();
            if (type.isRecord() && type != StatusInfoType.class) {
                paths.addAll(leafPaths(type, prefix + component.getName() + "."));
            } else {
                paths.add(prefix + component.getName());
            }
        }
        return paths;
    }

    /** The seed spells fields in snake_case: retryIntervalS → retry_interval_s. */
    private static String snakeCase(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
