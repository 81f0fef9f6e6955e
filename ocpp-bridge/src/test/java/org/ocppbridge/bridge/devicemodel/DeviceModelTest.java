package org.ocppbridge.bridge.devicemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocppbridge.mappings.ocpp.AttributeEnumType;
import org.ocppbridge.mappings.ocpp.ComponentType;
import org.ocppbridge.mappings.ocpp.EVSEType;
import org.ocppbridge.mappings.ocpp.GetVariableDataType;
import org.ocppbridge.mappings.ocpp.GetVariableResultType;
import org.ocppbridge.mappings.ocpp.GetVariableStatusEnumType;
import org.ocppbridge.mappings.ocpp.MutabilityEnumType;
import org.ocppbridge.mappings.ocpp.ReportBaseEnumType;
import org.ocppbridge.mappings.ocpp.ReportDataType;
import org.ocppbridge.mappings.ocpp.SetVariableDataType;
import org.ocppbridge.mappings.ocpp.SetVariableResultType;
import org.ocppbridge.mappings.ocpp.SetVariableStatusEnumType;
import org.ocppbridge.mappings.ocpp.VariableType;

class DeviceModelTest {

    @TempDir
    Path dir;

    private final List<Integer> heartbeatChanges = new ArrayList<>();
    private int heartbeatSeconds = 300;

    private final DeviceModel.HeartbeatInterval heartbeat = new DeviceModel.HeartbeatInterval() {
        @Override
        public int seconds() {
            return heartbeatSeconds;
        }

        @Override
        public void change(int seconds) {
            heartbeatChanges.add(seconds);
            heartbeatSeconds = seconds;
        }
    };

    /** What the device model handed to the connection, in order. */
    final List<String> tuned = new ArrayList<>();

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

    int certificateEntries = 2;

    private DeviceModel model() {
        return new DeviceModel(sources(null));
    }

    DeviceModel.Sources sources(DeviceModel.PasswordRotation password) {
        return new DeviceModel.Sources(
                dir.resolve("device-model.properties"),
                Clock.fixed(Instant.parse("2026-12-06T09:30:15.250Z"), ZoneOffset.UTC),
                Duration.ofSeconds(30),
                heartbeat,
                new ConnectionFacts(2, "CS-UNIT-1", password, tuning, new ConnectionFacts.BackOff(5, 10, 6), 30),
                new CertificateStoreFacts(() -> certificateEntries, 20, 10000));
    }

    private static ComponentType component(String name) {
        return new ComponentType(null, name, null);
    }

    private static GetVariableResultType get(DeviceModel model, String component, String variable, String instance) {
        return model.get(new GetVariableDataType(null, component(component), new VariableType(variable, instance)));
    }

    private static SetVariableResultType set(DeviceModel model, String component, String variable, String value) {
        return model.set(new SetVariableDataType(null, value, component(component), new VariableType(variable, null)));
    }

    @Test
    void TC_B_06_TC_B_09_OfflineThreshold_is_set_read_back_and_kept_across_a_restart() {
        DeviceModel model = model();
        SetVariableResultType set = set(model, "OCPPCommCtrlr", "OfflineThreshold", "300");
        assertEquals(SetVariableStatusEnumType.Accepted, set.attributeStatus());
        assertEquals(AttributeEnumType.Actual, set.attributeType());
        assertNull(set.attributeStatusInfo());
        assertEquals("OfflineThreshold", set.variable().name());

        set(model, "OCPPCommCtrlr", "OfflineThreshold", "120");
        GetVariableResultType read = get(model(), "OCPPCommCtrlr", "OfflineThreshold", null);
        assertEquals(GetVariableStatusEnumType.Accepted, read.attributeStatus());
        assertEquals(AttributeEnumType.Actual, read.attributeType());
        assertEquals("120", read.attributeValue(), "a new model on the same data directory reads the stored value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1", "true", "2026-11-26T07:00:00Z", "abc", "", "-1", "99999999999"})
    void TC_B_11_a_value_of_the_wrong_format_is_Rejected_with_InvalidValue_and_changes_nothing(String value) {
        DeviceModel model = model();
        set(model, "OCPPCommCtrlr", "OfflineThreshold", "42");
        SetVariableResultType result = set(model, "OCPPCommCtrlr", "OfflineThreshold", value);
        assertEquals(SetVariableStatusEnumType.Rejected, result.attributeStatus());
        assertEquals("InvalidValue", result.attributeStatusInfo().reasonCode());
        assertEquals("42", get(model, "OCPPCommCtrlr", "OfflineThreshold", null).attributeValue());
    }

    @Test
    void TC_B_11_a_whole_number_is_Accepted() {
        assertEquals(
                SetVariableStatusEnumType.Accepted,
                set(model(), "OCPPCommCtrlr", "OfflineThreshold", "1").attributeStatus());
    }

    @Test
    void unknown_components_and_variables_are_named_as_such_never_given_a_pretend_value() {
        DeviceModel model = model();
        assertEquals(
                GetVariableStatusEnumType.UnknownComponent,
                get(model, "SmartChargingCtrlr", "LimitChangeSignificance", null)
                        .attributeStatus());
        assertEquals(
                GetVariableStatusEnumType.UnknownVariable,
                get(model, "OCPPCommCtrlr", "NoSuchVariable", null).attributeStatus());
        assertEquals(
                SetVariableStatusEnumType.UnknownComponent,
                set(model, "SmartChargingCtrlr", "LimitChangeSignificance", "1").attributeStatus());
        assertEquals(
                SetVariableStatusEnumType.UnknownVariable,
                set(model, "OCPPCommCtrlr", "NoSuchVariable", "1").attributeStatus());
        GetVariableResultType onAnEvse = model.get(new GetVariableDataType(
                null,
                new ComponentType(new EVSEType(1, null), "OCPPCommCtrlr", null),
                new VariableType("OfflineThreshold", null)));
        assertEquals(GetVariableStatusEnumType.UnknownComponent, onAnEvse.attributeStatus(), "no EVSEs here");
        assertNull(onAnEvse.attributeValue());
    }

    @Test
    void only_the_Actual_attribute_exists() {
        DeviceModel model = model();
        GetVariableResultType target = model.get(new GetVariableDataType(
                AttributeEnumType.Target, component("OCPPCommCtrlr"), new VariableType("OfflineThreshold", null)));
        assertEquals(GetVariableStatusEnumType.NotSupportedAttributeType, target.attributeStatus());
        assertEquals(AttributeEnumType.Target, target.attributeType());
        SetVariableResultType maxSet = model.set(new SetVariableDataType(
                AttributeEnumType.MaxSet, "5", component("OCPPCommCtrlr"), new VariableType("OfflineThreshold", null)));
        assertEquals(SetVariableStatusEnumType.NotSupportedAttributeType, maxSet.attributeStatus());
    }

    @Test
    void read_only_variables_read_their_instance_and_refuse_writes() {
        DeviceModel model = model();
        assertEquals(
                "30", get(model, "OCPPCommCtrlr", "MessageTimeout", "Default").attributeValue());
        assertEquals(
                GetVariableStatusEnumType.UnknownVariable,
                get(model, "OCPPCommCtrlr", "MessageTimeout", null).attributeStatus(),
                "MessageTimeout exists only as instance Default");
        assertEquals(
                String.valueOf(DeviceModel.ITEMS_PER_MESSAGE),
                get(model, "DeviceDataCtrlr", "ItemsPerMessage", "SetVariables").attributeValue());
        assertEquals(
                "HTTP,HTTPS,FTP,FTPS",
                get(model, "OCPPCommCtrlr", "FileTransferProtocols", null).attributeValue());
        SetVariableResultType write = set(model, "OCPPCommCtrlr", "FileTransferProtocols", "HTTP");
        assertEquals(SetVariableStatusEnumType.Rejected, write.attributeStatus());
        assertEquals("ReadOnly", write.attributeStatusInfo().reasonCode());
    }

    @Test
    void M05_AdditionalRootCertificateCheck_is_reported_read_only_false_because_it_is_not_implemented() {
        DeviceModel model = model();
        assertEquals(
                "false",
                get(model, "SecurityCtrlr", "AdditionalRootCertificateCheck", null)
                        .attributeValue());
        SetVariableResultType write = set(model, "SecurityCtrlr", "AdditionalRootCertificateCheck", "true");
        assertEquals(SetVariableStatusEnumType.Rejected, write.attributeStatus());
        assertEquals("ReadOnly", write.attributeStatusInfo().reasonCode());
    }

    @Test
    void HeartbeatInterval_reads_the_interval_in_use_and_a_new_value_goes_to_the_heartbeat() {
        DeviceModel model = model();
        assertEquals(
                "300", get(model, "OCPPCommCtrlr", "HeartbeatInterval", null).attributeValue());
        assertEquals(
                SetVariableStatusEnumType.Accepted,
                set(model, "OCPPCommCtrlr", "HeartbeatInterval", "60").attributeStatus());
        assertEquals(List.of(60), heartbeatChanges);
        assertEquals(
                "60", get(model, "OCPPCommCtrlr", "HeartbeatInterval", null).attributeValue());
        assertEquals(
                SetVariableStatusEnumType.Rejected,
                set(model, "OCPPCommCtrlr", "HeartbeatInterval", "0").attributeStatus(),
                "at least 1 s");
        assertEquals(List.of(60), heartbeatChanges);
    }

    @Test
    void B07_FullInventory_reports_every_variable_with_its_characteristics_and_Configuration_only_the_writable() {
        DeviceModel model = model();
        List<ReportDataType> full = model.report(ReportBaseEnumType.FullInventory);
        // The README's device-model table without the password: 11 of OCPPCommCtrlr, 8 of SecurityCtrlr, 2 of
        // ClockCtrlr, 6 of DeviceDataCtrlr.
        assertEquals(27, full.size());
        for (ReportDataType data : full) {
            assertEquals(1, data.variableAttribute().size());
            assertEquals(
                    AttributeEnumType.Actual, data.variableAttribute().get(0).type());
            assertNotNull(
                    data.variableAttribute().get(0).value(), data.variable().name());
            assertNotNull(data.variableCharacteristics(), data.variable().name());
            if (List.of("OptionList", "SequenceList", "MemberList")
                    .contains(data.variableCharacteristics().dataType())) {
                assertNotNull(data.variableCharacteristics().valuesList(), "TC_B_13: a list type names its values");
            }
        }
        List<ReportDataType> configuration = model.report(ReportBaseEnumType.ConfigurationInventory);
        assertEquals(
                List.of(
                        "HeartbeatInterval",
                        "OfflineThreshold",
                        "RetryBackOffWaitMinimum",
                        "RetryBackOffRandomRange",
                        "RetryBackOffRepeatTimes",
                        "WebSocketPingInterval",
                        "NetworkConfigurationPriority",
                        "NetworkProfileConnectionAttempts",
                        "ResetRetries",
                        "CertSigningWaitMinimum",
                        "CertSigningRepeatTimes",
                        "OrganizationName",
                        "TimeSource"),
                configuration.stream().map(d -> d.variable().name()).toList());
        configuration.forEach(d -> assertEquals(
                MutabilityEnumType.ReadWrite, d.variableAttribute().get(0).mutability()));
        assertEquals(List.of(), model.report(ReportBaseEnumType.SummaryInventory), "no EVSEs, nothing to summarise");
    }
}
