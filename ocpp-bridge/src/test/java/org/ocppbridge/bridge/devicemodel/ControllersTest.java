package org.ocppbridge.bridge.devicemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocppbridge.mappings.ocpp.ComponentCriterionEnumType;
import org.ocppbridge.mappings.ocpp.ComponentType;
import org.ocppbridge.mappings.ocpp.ComponentVariableType;
import org.ocppbridge.mappings.ocpp.EVSEType;
import org.ocppbridge.mappings.ocpp.GetVariableDataType;
import org.ocppbridge.mappings.ocpp.GetVariableResultType;
import org.ocppbridge.mappings.ocpp.GetVariableStatusEnumType;
import org.ocppbridge.mappings.ocpp.MutabilityEnumType;
import org.ocppbridge.mappings.ocpp.ReportBaseEnumType;
import org.ocppbridge.mappings.ocpp.ReportDataType;
import org.ocppbridge.mappings.ocpp.SetVariableDataType;
import org.ocppbridge.mappings.ocpp.SetVariableStatusEnumType;
import org.ocppbridge.mappings.ocpp.VariableType;

/** The four controllers' variables (Part 6 TC_B_53's required set), what writing them drives, and B08's filters. */
class ControllersTest {

    @TempDir
    Path dir;

    private final List<String> tuned = new ArrayList<>();
    private int certificateEntries = 2;

    private final ConnectionTuning tuning = new ConnectionTuning() {
        @Override
        public void retryBackOff(int waitMinimumSeconds, int randomRangeSeconds, int repeatTimes) {
            tuned.add("backOff " + waitMinimumSeconds + "/" + randomRangeSeconds + "/" + repeatTimes);
        }

        @Override
        public void webSocketPingInterval(int seconds) {
            tuned.add("ping " + seconds);
        }
    };

    private final DeviceModel.HeartbeatInterval heartbeat = new DeviceModel.HeartbeatInterval() {
        @Override
        public int seconds() {
            return 300;
        }

        @Override
        public void change(int seconds) {}
    };

    private DeviceModel model() {
        return model(password -> () -> {});
    }

    private DeviceModel model(DeviceModel.PasswordRotation password) {
        return new DeviceModel(new DeviceModel.Sources(
                dir.resolve("device-model.properties"),
                Clock.fixed(Instant.parse("2026-12-06T09:30:15.250Z"), ZoneOffset.UTC),
                Duration.ofSeconds(30),
                heartbeat,
                new ConnectionFacts(2, "CS-UNIT-1", password, tuning, new ConnectionFacts.BackOff(5, 10, 6), 30),
                new CertificateStoreFacts(() -> certificateEntries, 20, 10000)));
    }

    private static String value(DeviceModel model, String component, String variable, String instance) {
        GetVariableResultType result = model.get(new GetVariableDataType(
                null, new ComponentType(null, component, null), new VariableType(variable, instance)));
        assertEquals(GetVariableStatusEnumType.Accepted, result.attributeStatus(), component + "." + variable);
        return result.attributeValue();
    }

    private static SetVariableStatusEnumType set(DeviceModel model, String component, String variable, String value) {
        return model.set(new SetVariableDataType(
                        null, value, new ComponentType(null, component, null), new VariableType(variable, null)))
                .attributeStatus();
    }

    private static String key(ReportDataType data) {
        return data.component().name() + "." + data.variable().name()
                + (data.variable().instance() == null
                        ? ""
                        : "[" + data.variable().instance() + "]");
    }

    /** Part 6 TC_B_53's required variables of the four controllers: mutability and data type as the table says. */
    @ParameterizedTest
    @CsvSource({
        "ClockCtrlr.DateTime, ReadOnly, dateTime",
        "ClockCtrlr.TimeSource, ReadWrite, SequenceList",
        "DeviceDataCtrlr.BytesPerMessage[GetReport], ReadOnly, integer",
        "DeviceDataCtrlr.BytesPerMessage[GetVariables], ReadOnly, integer",
        "DeviceDataCtrlr.BytesPerMessage[SetVariables], ReadOnly, integer",
        "DeviceDataCtrlr.ItemsPerMessage[GetReport], ReadOnly, integer",
        "DeviceDataCtrlr.ItemsPerMessage[GetVariables], ReadOnly, integer",
        "DeviceDataCtrlr.ItemsPerMessage[SetVariables], ReadOnly, integer",
        "OCPPCommCtrlr.FileTransferProtocols, ReadOnly, MemberList",
        "OCPPCommCtrlr.MessageTimeout[Default], ReadOnly, integer",
        "OCPPCommCtrlr.NetworkConfigurationPriority, ReadWrite, SequenceList",
        "OCPPCommCtrlr.NetworkProfileConnectionAttempts, ReadWrite, integer",
        "OCPPCommCtrlr.OfflineThreshold, ReadWrite, integer",
        "OCPPCommCtrlr.ResetRetries, ReadWrite, integer",
        "OCPPCommCtrlr.RetryBackOffWaitMinimum, ReadWrite, integer",
        "OCPPCommCtrlr.RetryBackOffRandomRange, ReadWrite, integer",
        "OCPPCommCtrlr.RetryBackOffRepeatTimes, ReadWrite, integer",
        "OCPPCommCtrlr.WebSocketPingInterval, ReadWrite, integer",
        "SecurityCtrlr.CertificateEntries, ReadOnly, integer",
        "SecurityCtrlr.OrganizationName, ReadWrite, string",
        "SecurityCtrlr.SecurityProfile, ReadOnly, integer",
        "SecurityCtrlr.Identity, ReadOnly, string",
        "SecurityCtrlr.BasicAuthPassword, WriteOnly, string",
    })
    void TC_B_53_a_required_variable_is_reported_with_its_mutability_and_data_type(
            String name, MutabilityEnumType mutability, String dataType) {
        Map<String, ReportDataType> full = model().report(ReportBaseEnumType.FullInventory).stream()
                .collect(Collectors.toMap(ControllersTest::key, Function.identity()));
        ReportDataType data = full.get(name);
        assertTrue(data != null, name + " is in the FullInventory");
        assertEquals(mutability, data.variableAttribute().get(0).mutability(), name);
        assertEquals(dataType, data.variableCharacteristics().dataType(), name);
    }

    @Test
    void security_and_clock_values_come_from_the_connection_the_store_and_the_clock() {
        DeviceModel model = model();
        assertEquals("2", value(model, "SecurityCtrlr", "SecurityProfile", null));
        assertEquals("CS-UNIT-1", value(model, "SecurityCtrlr", "Identity", null));
        assertEquals("2", value(model, "SecurityCtrlr", "CertificateEntries", null));
        certificateEntries = 3;
        assertEquals("3", value(model, "SecurityCtrlr", "CertificateEntries", null), "counted when read");
        assertEquals("10000", value(model, "SecurityCtrlr", "MaxCertificateChainSize", null));
        assertEquals("2026-12-06T09:30:15Z", value(model, "ClockCtrlr", "DateTime", null));
        assertEquals("Heartbeat", value(model, "ClockCtrlr", "TimeSource", null));
        assertEquals("1", value(model, "OCPPCommCtrlr", "NetworkConfigurationPriority", null));
        assertEquals("65536", value(model, "DeviceDataCtrlr", "BytesPerMessage", "GetVariables"));
        ReportDataType entries = model.report(
                        List.of(new ComponentVariableType(
                                new ComponentType(null, "SecurityCtrlr", null),
                                new VariableType("CertificateEntries", null))),
                        null)
                .get(0);
        assertEquals(BigDecimal.valueOf(20), entries.variableCharacteristics().maxLimit(), "TC_B_53: maxLimit > 0");
        assertFalse(entries.variableAttribute().get(0).constant(), "the count changes without the CSMS");
    }

    @Test
    void only_the_one_configured_profile_and_the_one_time_source_can_be_written() {
        DeviceModel model = model();
        assertEquals(
                SetVariableStatusEnumType.Accepted, set(model, "OCPPCommCtrlr", "NetworkConfigurationPriority", "1"));
        assertEquals(
                SetVariableStatusEnumType.Rejected, set(model, "OCPPCommCtrlr", "NetworkConfigurationPriority", "1,2"));
        assertEquals(SetVariableStatusEnumType.Accepted, set(model, "ClockCtrlr", "TimeSource", "Heartbeat"));
        assertEquals(SetVariableStatusEnumType.Rejected, set(model, "ClockCtrlr", "TimeSource", "NTP"));
        assertEquals(SetVariableStatusEnumType.Rejected, set(model, "SecurityCtrlr", "SecurityProfile", "3"));
        assertEquals(SetVariableStatusEnumType.Rejected, set(model, "SecurityCtrlr", "Identity", "other"));
        assertEquals(SetVariableStatusEnumType.Rejected, set(model, "ClockCtrlr", "DateTime", "2030-01-01T00:00:00Z"));
    }

    @Test
    void RetryBackOff_variables_go_to_the_connection_when_written_and_again_before_the_next_start() {
        DeviceModel model = model();
        assertEquals(List.of(), tuned, "nothing written yet: the flags' values stand");
        assertEquals("5", value(model, "OCPPCommCtrlr", "RetryBackOffWaitMinimum", null), "the flag: first value");
        assertEquals(SetVariableStatusEnumType.Accepted, set(model, "OCPPCommCtrlr", "RetryBackOffWaitMinimum", "2"));
        assertEquals(SetVariableStatusEnumType.Accepted, set(model, "OCPPCommCtrlr", "RetryBackOffRandomRange", "0"));
        assertEquals(SetVariableStatusEnumType.Rejected, set(model, "OCPPCommCtrlr", "RetryBackOffWaitMinimum", "0"));
        assertEquals(SetVariableStatusEnumType.Rejected, set(model, "OCPPCommCtrlr", "RetryBackOffRepeatTimes", "21"));
        assertEquals(List.of("backOff 2/10/6", "backOff 2/0/6"), tuned);

        tuned.clear();
        DeviceModel restarted = model();
        assertEquals(List.of("backOff 2/0/6"), tuned, "the stored values win over the flags at the next start");
        assertEquals("2", value(restarted, "OCPPCommCtrlr", "RetryBackOffWaitMinimum", null));
    }

    @Test
    void WebSocketPingInterval_goes_to_the_connection_at_once_and_is_kept() {
        DeviceModel model = model();
        assertEquals("30", value(model, "OCPPCommCtrlr", "WebSocketPingInterval", null));
        assertEquals(SetVariableStatusEnumType.Accepted, set(model, "OCPPCommCtrlr", "WebSocketPingInterval", "0"));
        assertEquals(List.of("ping 0"), tuned);
        tuned.clear();
        model();
        assertEquals(List.of("ping 0"), tuned);
    }

    @Test
    void B08FR07_FR08_FR09_the_controllers_have_no_such_variable_so_each_meets_Active_Available_and_Enabled() {
        DeviceModel model = model();
        int all = model.report(ReportBaseEnumType.FullInventory).size();
        for (ComponentCriterionEnumType criterion : List.of(
                ComponentCriterionEnumType.Active,
                ComponentCriterionEnumType.Available,
                ComponentCriterionEnumType.Enabled)) {
            assertEquals(all, model.report(null, List.of(criterion)).size(), criterion.name());
        }
        assertEquals(all, model.report(null, null).size(), "no filter: everything");
    }

    @Test
    void B08FR10_no_controller_has_a_Problem_so_a_Problem_report_is_empty() {
        DeviceModel model = model();
        assertEquals(List.of(), model.report(null, List.of(ComponentCriterionEnumType.Problem)));
        assertEquals(
                model.report(ReportBaseEnumType.FullInventory).size(),
                model.report(null, List.of(ComponentCriterionEnumType.Problem, ComponentCriterionEnumType.Enabled))
                        .size(),
                "criteria are alternatives");
    }

    private static ComponentVariableType wanted(String component, String variable, String instance) {
        return new ComponentVariableType(
                new ComponentType(null, component, null),
                variable == null ? null : new VariableType(variable, instance));
    }

    @Test
    void TC_B_54_a_variable_without_instance_reports_every_instance() {
        List<ReportDataType> data = model().report(List.of(wanted("DeviceDataCtrlr", "ItemsPerMessage", null)), null);
        assertEquals(
                List.of(
                        "DeviceDataCtrlr.ItemsPerMessage[GetReport]",
                        "DeviceDataCtrlr.ItemsPerMessage[GetVariables]",
                        "DeviceDataCtrlr.ItemsPerMessage[SetVariables]"),
                data.stream().map(ControllersTest::key).toList());
    }

    @Test
    void TC_B_55_a_variable_with_instance_reports_that_instance() {
        List<ReportDataType> data =
                model().report(List.of(wanted("DeviceDataCtrlr", "ItemsPerMessage", "GetReport")), null);
        assertEquals(
                List.of("DeviceDataCtrlr.ItemsPerMessage[GetReport]"),
                data.stream().map(ControllersTest::key).toList());
        assertEquals("32", data.get(0).variableAttribute().get(0).value());
    }

    @Test
    void B08_a_component_without_variable_reports_all_its_variables_and_an_unknown_one_nothing() {
        DeviceModel model = model();
        assertEquals(
                2, model.report(List.of(wanted("ClockCtrlr", null, null)), null).size());
        assertEquals(List.of(), model.report(List.of(wanted("EVSE", "AvailabilityState", null)), null));
        assertEquals(List.of(), model.report(List.of(wanted("ClockCtrlr", "NoSuchVariable", null)), null));
    }

    @Test
    void B08FR22_a_component_on_an_EVSE_or_with_an_instance_is_not_one_of_the_bridges() {
        DeviceModel model = model();
        ComponentVariableType onEvse = new ComponentVariableType(
                new ComponentType(new EVSEType(1, null), "ClockCtrlr", null), new VariableType("DateTime", null));
        ComponentVariableType withInstance = new ComponentVariableType(
                new ComponentType(null, "ClockCtrlr", "Second"), new VariableType("DateTime", null));
        assertEquals(List.of(), model.report(List.of(onEvse), null));
        assertEquals(List.of(), model.report(List.of(withInstance), null));
    }

    @Test
    void TC_B_18_criteria_and_componentVariable_together_report_what_matches_both() {
        DeviceModel model = model();
        List<ComponentVariableType> clock = List.of(wanted("ClockCtrlr", "TimeSource", null));
        assertEquals(
                1,
                model.report(clock, List.of(ComponentCriterionEnumType.Available))
                        .size());
        assertEquals(List.of(), model.report(clock, List.of(ComponentCriterionEnumType.Problem)));
    }

    @Test
    void A01_the_write_only_password_is_reported_without_a_value() {
        ReportDataType password = model().report(List.of(wanted("SecurityCtrlr", "BasicAuthPassword", null)), null)
                .get(0);
        assertEquals(
                MutabilityEnumType.WriteOnly,
                password.variableAttribute().get(0).mutability());
        assertNull(password.variableAttribute().get(0).value());
        DeviceModel withoutPassword = model(null);
        assertEquals(
                List.of(), withoutPassword.report(List.of(wanted("SecurityCtrlr", "BasicAuthPassword", null)), null));
    }
}
