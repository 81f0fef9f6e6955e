package org.ocppbridge.simulator.conformance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ocppbridge.simulator.conformance.cases.FramingCase;
import org.ocppbridge.simulator.conformance.cases.L01FR26_after_a_reboot;
import org.ocppbridge.simulator.conformance.cases.TC_A_09_CS;
import org.ocppbridge.simulator.conformance.cases.TC_A_10_CS;
import org.ocppbridge.simulator.conformance.cases.TC_A_11_CS;
import org.ocppbridge.simulator.conformance.cases.TC_A_14_CS;
import org.ocppbridge.simulator.conformance.cases.TC_A_15_CS;
import org.ocppbridge.simulator.conformance.cases.TC_A_23_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_01_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_02_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_03_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_06_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_09_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_11_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_12_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_13_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_16_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_20_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_21_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_22_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_28_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_30_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_54_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_55_CS;
import org.ocppbridge.simulator.conformance.cases.TC_B_57_CS;
import org.ocppbridge.simulator.conformance.cases.TC_F_15_CS;
import org.ocppbridge.simulator.conformance.cases.TC_F_16_CS;
import org.ocppbridge.simulator.conformance.cases.TC_F_17_CS;
import org.ocppbridge.simulator.conformance.cases.TC_F_18_CS;
import org.ocppbridge.simulator.conformance.cases.TC_F_19_CS;
import org.ocppbridge.simulator.conformance.cases.TC_F_20_CS;
import org.ocppbridge.simulator.conformance.cases.TC_F_26_CS;
import org.ocppbridge.simulator.conformance.cases.TC_F_27_CS;
import org.ocppbridge.simulator.conformance.cases.TC_L_01_CS;
import org.ocppbridge.simulator.conformance.cases.TC_L_02_CS;
import org.ocppbridge.simulator.conformance.cases.TC_L_03_CS;
import org.ocppbridge.simulator.conformance.cases.TC_L_05_CS;
import org.ocppbridge.simulator.conformance.cases.TC_L_06_CS;
import org.ocppbridge.simulator.conformance.cases.TC_L_07_CS;
import org.ocppbridge.simulator.conformance.cases.TC_L_08_CS;
import org.ocppbridge.simulator.conformance.cases.TC_L_10_CS;
import org.ocppbridge.simulator.conformance.cases.TC_L_11_CS;
import org.ocppbridge.simulator.conformance.cases.TC_L_18_CS;
import org.ocppbridge.simulator.conformance.cases.TC_M_01_CS;
import org.ocppbridge.simulator.conformance.cases.TC_M_02_CS;
import org.ocppbridge.simulator.conformance.cases.TC_M_07_CS;
import org.ocppbridge.simulator.conformance.cases.TC_M_12_CS;
import org.ocppbridge.simulator.conformance.cases.TC_M_13_CS;
import org.ocppbridge.simulator.conformance.cases.TC_M_17_CS;
import org.ocppbridge.simulator.conformance.cases.TC_M_18_CS;
import org.ocppbridge.simulator.conformance.cases.TC_M_19_CS;
import org.ocppbridge.simulator.conformance.cases.TC_M_20_CS;
import org.ocppbridge.simulator.conformance.cases.TC_M_22_CS;
import org.ocppbridge.simulator.conformance.cases.TC_M_23_CS;
import org.ocppbridge.simulator.conformance.cases.TC_N_25_CS;
import org.ocppbridge.simulator.conformance.cases.TC_N_26_CS;
import org.ocppbridge.simulator.conformance.cases.TC_N_35_CS;
import org.ocppbridge.simulator.conformance.cases.TC_N_36_CS;

/** Every case, in the order the suite runs them, and the --only selection. */
public final class ConformanceCases {

    private ConformanceCases() {}

    public static List<ConformanceCase> all() {
        List<ConformanceCase> cases = new ArrayList<>(List.of(
                new TC_B_01_CS(),
                new TC_B_02_CS(),
                new TC_B_03_CS(),
                new TC_B_06_CS(),
                new TC_B_09_CS(),
                new TC_B_11_CS(),
                new TC_B_12_CS(),
                new TC_B_13_CS(),
                new TC_B_16_CS(),
                new TC_B_54_CS(),
                new TC_B_55_CS(),
                new TC_B_30_CS(),
                new TC_B_20_CS(),
                new TC_B_21_CS(),
                new TC_B_22_CS(),
                new TC_B_28_CS(),
                new TC_B_57_CS(),
                new TC_F_15_CS(),
                new TC_F_16_CS(),
                new TC_F_17_CS(),
                new TC_F_18_CS(),
                new TC_F_19_CS(),
                new TC_F_20_CS(),
                new TC_F_26_CS(),
                new TC_F_27_CS(),
                new TC_L_01_CS(),
                new TC_L_02_CS(),
                new TC_L_03_CS(),
                new TC_L_05_CS(),
                new TC_L_06_CS(),
                new TC_L_07_CS(),
                new TC_L_08_CS(),
                new TC_L_10_CS(),
                new TC_L_11_CS(),
                new TC_L_18_CS(),
                new L01FR26_after_a_reboot(),
                new TC_N_25_CS(),
                new TC_N_26_CS(),
                new TC_N_35_CS(),
                new TC_N_36_CS()));
        cases.addAll(framing());
        cases.addAll(securityPlane());
        return List.copyOf(cases);
    }

    /**
     * The security plane the CSMS manages (A01 password, A02/A03 station certificate, M03–M05 CA certificates):
     * registered like every case (--only, --list, the default run), and listed apart so that a station that does
     * not implement the plane yet can be run without them.
     */
    public static List<ConformanceCase> securityPlane() {
        return List.of(
                new TC_A_09_CS(),
                new TC_A_10_CS(),
                new TC_A_11_CS(),
                new TC_A_14_CS(),
                new TC_A_15_CS(),
                new TC_A_23_CS(),
                new TC_M_01_CS(),
                new TC_M_02_CS(),
                new TC_M_07_CS(),
                new TC_M_12_CS(),
                new TC_M_13_CS(),
                new TC_M_17_CS(),
                new TC_M_18_CS(),
                new TC_M_19_CS(),
                new TC_M_20_CS(),
                new TC_M_22_CS(),
                new TC_M_23_CS());
    }

    /** The OCPP-J framing cases (P4 §4.1-§4.4; codes by their P4 §4.3 meaning). */
    static List<ConformanceCase> framing() {
        return List.of(
                new FramingCase(
                        "OCPPJ_malformed_json_RpcFrameworkError",
                        "Not JSON → RpcFrameworkError, id -1",
                        "{Malformed",
                        "RpcFrameworkError",
                        Set.of("-1"),
                        "P4 §4.2.3"),
                new FramingCase(
                        "OCPPJ_not_an_array_RpcFrameworkError",
                        "JSON but no RPC array → RpcFrameworkError",
                        "{\"messageTypeId\":2}",
                        "RpcFrameworkError",
                        Set.of("-1"),
                        "P4 §4.2.3"),
                new FramingCase(
                        "OCPPJ_unknown_message_type_MessageTypeNotSupported",
                        "Unknown message type id → MessageTypeNotSupported",
                        "[99,\"octt-type-99\",\"Heartbeat\",{}]",
                        "MessageTypeNotSupported",
                        Set.of("octt-type-99", "-1"),
                        "P4 §4.1.3 / §4.4"),
                new FramingCase(
                        "OCPPJ_unknown_message_type_two_elements_MessageTypeNotSupported",
                        "Unknown message type id in a two-element frame → MessageTypeNotSupported with its id",
                        "[99,\"octt-type-99-short\"]",
                        "MessageTypeNotSupported",
                        Set.of("octt-type-99-short"),
                        "P4 §4.4 (whatever the element count, the id is readable)"),
                new FramingCase(
                        "OCPPJ_unknown_action_NotImplemented",
                        "Action unknown → NotImplemented",
                        "[2,\"octt-unknown-action\",\"ThisIsAnUnknownAction\",{}]",
                        "NotImplemented",
                        Set.of("octt-unknown-action"),
                        "P4 §4.3 (NotImplemented: requested Action is not known)"),
                new FramingCase(
                        "OCPPJ_missing_field_OccurrenceConstraintViolation",
                        "Required field missing → OccurrenceConstraintViolation",
                        "[2,\"octt-missing-field\",\"TriggerMessage\",{}]",
                        "OccurrenceConstraintViolation",
                        Set.of("octt-missing-field"),
                        "P4 §4.1.7 / §4.3"),
                new FramingCase(
                        "OCPPJ_wrong_type_TypeConstraintViolation",
                        "Field of the wrong JSON type → TypeConstraintViolation",
                        "[2,\"octt-wrong-type\",\"TriggerMessage\",{\"requestedMessage\":\"Heartbeat\","
                                + "\"evse\":{\"id\":\"one\"}}]",
                        "TypeConstraintViolation",
                        Set.of("octt-wrong-type"),
                        "P4 §4.1.7 / §4.3"),
                new FramingCase(
                        "OCPPJ_bad_enum_PropertyConstraintViolation",
                        "Value outside the enum → PropertyConstraintViolation",
                        "[2,\"octt-bad-enum\",\"TriggerMessage\",{\"requestedMessage\":\"Coffee\"}]",
                        "PropertyConstraintViolation",
                        Set.of("octt-bad-enum"),
                        "P4 §4.1.7 / §4.3"));
    }

    /** The cases named in {@code only} (comma-separated ids), in suite order; unknown ids are an error. */
    public static List<ConformanceCase> select(String only) {
        List<ConformanceCase> all = all();
        if (only == null || only.isBlank()) {
            return all;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : only.split(",")) {
            if (!id.isBlank()) {
                wanted.add(id.trim());
            }
        }
        Set<String> known = new LinkedHashSet<>();
        all.forEach(each -> known.add(each.id()));
        for (String id : wanted) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("--only: unknown case " + id);
            }
        }
        return all.stream().filter(each -> wanted.contains(each.id())).toList();
    }
}
