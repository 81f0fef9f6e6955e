package org.ocppbridge.bridge.devicemodel;

import java.util.ArrayList;
import java.util.List;

/**
 * DeviceDataCtrlr (Part 2 Appendix 3.1.7; ItemsPerMessage and BytesPerMessage for GetReport, GetVariables and
 * SetVariables are required by Part 6 TC_B_53): the size limits of the device-model messages, read-only. A request
 * with more items is a CALLERROR OccurrenceConstraintViolation (B06.FR.16, B08.FR.17), one longer than
 * BytesPerMessage a CALLERROR FormatViolation (B06.FR.17, B08.FR.18); SetVariables is treated alike (B05.FR.11
 * binds the CSMS to the same limits). NotifyReport parts keep to the GetReport pair.
 */
final class DeviceDataCtrlr {

    static final String NAME = "DeviceDataCtrlr";
    static final List<String> MESSAGES = List.of("GetReport", "GetVariables", "SetVariables");

    List<Variable> variables() {
        List<Variable> all = new ArrayList<>();
        for (String message : MESSAGES) {
            all.add(Variable.readOnly(
                    NAME,
                    "ItemsPerMessage",
                    message,
                    () -> String.valueOf(DeviceModel.ITEMS_PER_MESSAGE),
                    Variable.Traits.integer(DeviceModel.ITEMS_PER_MESSAGE, DeviceModel.ITEMS_PER_MESSAGE)));
            all.add(Variable.readOnly(
                    NAME,
                    "BytesPerMessage",
                    message,
                    () -> String.valueOf(DeviceModel.BYTES_PER_MESSAGE),
                    Variable.Traits.integer(DeviceModel.BYTES_PER_MESSAGE, DeviceModel.BYTES_PER_MESSAGE)));
        }
        return List.copyOf(all);
    }
}
