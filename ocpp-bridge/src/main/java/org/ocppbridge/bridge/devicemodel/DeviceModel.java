package org.ocppbridge.bridge.devicemodel;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocppbridge.mappings.ocpp.AttributeEnumType;
import org.ocppbridge.mappings.ocpp.ComponentType;
import org.ocppbridge.mappings.ocpp.GetVariableDataType;
import org.ocppbridge.mappings.ocpp.GetVariableResultType;
import org.ocppbridge.mappings.ocpp.GetVariableStatusEnumType;
import org.ocppbridge.mappings.ocpp.MutabilityEnumType;
import org.ocppbridge.mappings.ocpp.PasswordString;
import org.ocppbridge.mappings.ocpp.ReportBaseEnumType;
import org.ocppbridge.mappings.ocpp.ReportDataType;
import org.ocppbridge.mappings.ocpp.SetVariableDataType;
import org.ocppbridge.mappings.ocpp.SetVariableResultType;
import org.ocppbridge.mappings.ocpp.SetVariableStatusEnumType;
import org.ocppbridge.mappings.ocpp.StatusInfoType;
import org.ocppbridge.mappings.ocpp.VariableAttributeType;
import org.ocppbridge.mappings.ocpp.VariableCharacteristicsType;
import org.ocppbridge.mappings.ocpp.VariableType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge's device model (B05 SetVariables, B06 GetVariables, B07 GetBaseReport): a small, honest set of variables the bridge
 * really has, Actual attribute only, no EVSEs. Anything else is UnknownComponent or UnknownVariable, never a
 * pretend value.
 *
 * <ul>
 *   <li>{@code OCPPCommCtrlr.HeartbeatInterval} (read-write): the interval in use; a new value restarts the
 *       heartbeat timer at once. The next BootNotificationResponse sets it again.
 *   <li>{@code OCPPCommCtrlr.OfflineThreshold} (read-write, kept across restarts): stored and reported; the bridge
 *       has no connectors whose status it would resend after an outage.
 *   <li>{@code OCPPCommCtrlr.MessageTimeout[Default]} (read-only): {@code --call-timeout}.
 *   <li>{@code OCPPCommCtrlr.FileTransferProtocols} (read-only): what firmware and log transfers use.
 *   <li>{@code DeviceDataCtrlr.ItemsPerMessage[GetVariables]} and {@code [SetVariables]} (read-only): how many
 *       items one request may hold; more is a CALLERROR OccurrenceConstraintViolation.
 * </ul>
 *
 * <p>Runs on the core thread.
 *
 * <p>Why this file is longer than ~300 lines: it holds the variable table of every controller the bridge owns
 * (each entry with its mutability, writer and store key, next to the B05/B06 rules that read it); it is to split
 * by controller once issue 16 adds the rest of OCPPCommCtrlr, SecurityCtrlr and ClockCtrlr.
 */
public final class DeviceModel {

    private static final Logger log = LoggerFactory.getLogger(DeviceModel.class);

    /** Items per GetVariables or SetVariables request. */
    public static final int ITEMS_PER_MESSAGE = 32;

    static final String OCPP_COMM_CTRLR = "OCPPCommCtrlr";
    static final String DEVICE_DATA_CTRLR = "DeviceDataCtrlr";
    static final String OFFLINE_THRESHOLD = "OfflineThreshold";
    static final String DEFAULT_OFFLINE_THRESHOLD_S = "300";
    static final String FILE_TRANSFER_PROTOCOLS = "HTTP,HTTPS,FTP,FTPS";

    /** The heartbeat the HeartbeatInterval variable reads and writes. */
    public interface HeartbeatInterval {
        int seconds();

        void change(int seconds);
    }

    /**
     * Rotates SecurityCtrlr.BasicAuthPassword (A01): keeps the new password durably before the answer, and returns
     * what to do once the answer has left (connect again with it).
     */
    public interface PasswordRotation {
        Runnable rotate(String password) throws IOException;
    }

    /** What certificate renewal (A02/A03) reads of SecurityCtrlr, as the CSMS last set it. */
    public record SigningSettings(
            Duration certSigningWaitMinimum, int certSigningRepeatTimes, String organizationName) {}

    private final List<Variable> variables;
    private final SecurityVariables security;
    private Runnable afterAnswer;

    /**
     * @param storeFile where written values are kept ({@code <data-dir>/device-model.properties}); null: memory only
     */
    public DeviceModel(Path storeFile, Duration messageTimeout, HeartbeatInterval heartbeat) {
        this(storeFile, messageTimeout, heartbeat, null);
    }

    /**
     * @param password rotates the Basic-auth password; null when the station uses none (security profile 3 only),
     *     and then SecurityCtrlr.BasicAuthPassword is not in the model
     */
    public DeviceModel(
            Path storeFile, Duration messageTimeout, HeartbeatInterval heartbeat, PasswordRotation password) {
        Objects.requireNonNull(messageTimeout, "messageTimeout");
        Objects.requireNonNull(heartbeat, "heartbeat");
        VariableStore store = new VariableStore(storeFile);
        String offlineThresholdKey = Variable.keyOf(OCPP_COMM_CTRLR, OFFLINE_THRESHOLD, null);
        List<Variable> all = new java.util.ArrayList<>(List.of(
                Variable.readWrite(
                        OCPP_COMM_CTRLR,
                        "HeartbeatInterval",
                        () -> String.valueOf(heartbeat.seconds()),
                        Variable.integer(1, Integer.MAX_VALUE),
                        value -> heartbeat.change(Integer.parseInt(value)),
                        Variable.Traits.integerSeconds(1, false)),
                Variable.readWrite(
                        OCPP_COMM_CTRLR,
                        OFFLINE_THRESHOLD,
                        () -> store.get(offlineThresholdKey).orElse(DEFAULT_OFFLINE_THRESHOLD_S),
                        Variable.integer(0, Integer.MAX_VALUE),
                        value -> store.put(offlineThresholdKey, value),
                        Variable.Traits.integerSeconds(0, true)),
                Variable.readOnly(
                        OCPP_COMM_CTRLR,
                        "MessageTimeout",
                        "Default",
                        () -> String.valueOf(messageTimeout.toSeconds()),
                        Variable.Traits.integerSeconds(1, true)),
                Variable.readOnly(
                        OCPP_COMM_CTRLR,
                        "FileTransferProtocols",
                        null,
                        () -> FILE_TRANSFER_PROTOCOLS,
                        new Variable.Traits("MemberList", null, null, null, FILE_TRANSFER_PROTOCOLS, true)),
                Variable.readOnly(
                        DEVICE_DATA_CTRLR,
                        "ItemsPerMessage",
                        "GetVariables",
                        () -> String.valueOf(ITEMS_PER_MESSAGE),
                        Variable.Traits.integer(ITEMS_PER_MESSAGE, ITEMS_PER_MESSAGE)),
                Variable.readOnly(
                        DEVICE_DATA_CTRLR,
                        "ItemsPerMessage",
                        "SetVariables",
                        () -> String.valueOf(ITEMS_PER_MESSAGE),
                        Variable.Traits.integer(ITEMS_PER_MESSAGE, ITEMS_PER_MESSAGE))));
        this.security = new SecurityVariables(store);
        all.addAll(security.variables());
        if (password != null) {
            all.add(Variable.writeOnly(
                    "SecurityCtrlr",
                    "BasicAuthPassword",
                    // A01: passwordString, 16 to 40 characters; TC_A_10 sends a shorter one.
                    value -> PasswordString.isValid(value)
                            ? null
                            : "not 16 to 40 characters of letters, digits and * - _ = : + | @ .",
                    value -> afterAnswer = password.rotate(value),
                    new Variable.Traits("string", null, null, 40L, null, true)));
        }
        this.variables = List.copyOf(all);
    }

    /** SecurityCtrlr's CertSigningWaitMinimum, CertSigningRepeatTimes and OrganizationName now. */
    public SigningSettings signing() {
        return security.current();
    }

    /** What the last SetVariables asked to do once its answer has left (reconnect with a new password); once. */
    public Runnable takeAfterAnswer() {
        Runnable then = afterAnswer == null ? () -> {} : afterAnswer;
        afterAnswer = null;
        return then;
    }

    /** B06: one item of a GetVariablesRequest. */
    public GetVariableResultType get(GetVariableDataType data) {
        AttributeEnumType attribute = attributeOrActual(data.attributeType());
        Lookup found = lookup(data.component(), data.variable());
        if (found.status != null) {
            return new GetVariableResultType(
                    found.status == Status.UNKNOWN_COMPONENT
                            ? GetVariableStatusEnumType.UnknownComponent
                            : GetVariableStatusEnumType.UnknownVariable,
                    null,
                    attribute,
                    null,
                    data.component(),
                    data.variable());
        }
        if (attribute != AttributeEnumType.Actual) {
            return new GetVariableResultType(
                    GetVariableStatusEnumType.NotSupportedAttributeType,
                    null,
                    attribute,
                    null,
                    data.component(),
                    data.variable());
        }
        if (!found.variable.readable()) {
            return new GetVariableResultType(
                    GetVariableStatusEnumType.Rejected,
                    new StatusInfoType("WriteOnly", found.variable.key() + " is write-only"),
                    attribute,
                    null,
                    data.component(),
                    data.variable());
        }
        return new GetVariableResultType(
                GetVariableStatusEnumType.Accepted,
                null,
                attribute,
                found.variable.value().get(),
                data.component(),
                data.variable());
    }

    /** B05: one item of a SetVariablesRequest; an Accepted value is stored (or applied) before this returns. */
    public SetVariableResultType set(SetVariableDataType data) {
        AttributeEnumType attribute = attributeOrActual(data.attributeType());
        Lookup found = lookup(data.component(), data.variable());
        if (found.status != null) {
            return setResult(
                    found.status == Status.UNKNOWN_COMPONENT
                            ? SetVariableStatusEnumType.UnknownComponent
                            : SetVariableStatusEnumType.UnknownVariable,
                    null,
                    attribute,
                    data);
        }
        if (attribute != AttributeEnumType.Actual) {
            return setResult(SetVariableStatusEnumType.NotSupportedAttributeType, null, attribute, data);
        }
        Variable variable = found.variable;
        if (!variable.writable()) {
            return setResult(
                    SetVariableStatusEnumType.Rejected,
                    new StatusInfoType("ReadOnly", variable.key() + " is read-only"),
                    attribute,
                    data);
        }
        Optional<String> problem = variable.problemWith(data.attributeValue());
        if (problem.isPresent()) {
            // B05.FR.07 (TC_B_11): a value of the wrong format is Rejected with InvalidValue.
            return setResult(
                    SetVariableStatusEnumType.Rejected,
                    new StatusInfoType("InvalidValue", variable.key() + ": " + problem.get()),
                    attribute,
                    data);
        }
        try {
            variable.write().write(data.attributeValue());
        } catch (IOException e) {
            log.error("Cannot store {}: {}", variable.key(), e.toString());
            return setResult(
                    SetVariableStatusEnumType.Rejected,
                    new StatusInfoType("InternalError", "the value could not be stored"),
                    attribute,
                    data);
        }
        if (variable.readable()) {
            log.info("Device model: {} set to {}", variable.key(), data.attributeValue());
        } else {
            log.info("Device model: {} set (a secret: its value is never logged)", variable.key());
        }
        return setResult(SetVariableStatusEnumType.Accepted, null, attribute, data);
    }

    /**
     * B07 GetBaseReport: the variables of a base report, or empty when it has none. ConfigurationInventory is every
     * writable variable, FullInventory every variable; SummaryInventory (availability and problems of components)
     * has nothing to say about a station without EVSEs.
     */
    public List<ReportDataType> report(ReportBaseEnumType base) {
        return switch (base) {
            case ConfigurationInventory ->
                variables.stream()
                        .filter(Variable::writable)
                        .map(DeviceModel::reportData)
                        .toList();
            case FullInventory ->
                variables.stream().map(DeviceModel::reportData).toList();
            case SummaryInventory -> List.of();
        };
    }

    private static ReportDataType reportData(Variable variable) {
        Variable.Traits traits = variable.traits();
        VariableAttributeType actual = new VariableAttributeType(
                AttributeEnumType.Actual,
                variable.readable() ? variable.value().get() : null,
                !variable.readable()
                        ? MutabilityEnumType.WriteOnly
                        : variable.writable() ? MutabilityEnumType.ReadWrite : MutabilityEnumType.ReadOnly,
                traits.persistent(),
                !variable.writable());
        VariableCharacteristicsType characteristics = new VariableCharacteristicsType(
                traits.unit(),
                traits.dataType(),
                traits.min() == null ? null : BigDecimal.valueOf(traits.min()),
                traits.max() == null ? null : BigDecimal.valueOf(traits.max()),
                traits.valuesList(),
                false);
        return new ReportDataType(
                new ComponentType(null, variable.component(), null),
                new VariableType(variable.name(), variable.instance()),
                List.of(actual),
                characteristics);
    }

    private static SetVariableResultType setResult(
            SetVariableStatusEnumType status,
            StatusInfoType info,
            AttributeEnumType attribute,
            SetVariableDataType data) {
        return new SetVariableResultType(attribute, status, info, data.component(), data.variable());
    }

    private static AttributeEnumType attributeOrActual(AttributeEnumType attribute) {
        return attribute == null ? AttributeEnumType.Actual : attribute;
    }

    private enum Status {
        UNKNOWN_COMPONENT,
        UNKNOWN_VARIABLE
    }

    private record Lookup(Variable variable, Status status) {}

    private Lookup lookup(ComponentType component, VariableType variable) {
        // The bridge's components have no instance and no EVSE: such a component is another one.
        boolean componentKnown = component.instance() == null
                && component.evse() == null
                && variables.stream().anyMatch(v -> v.component().equals(component.name()));
        if (!componentKnown) {
            return new Lookup(null, Status.UNKNOWN_COMPONENT);
        }
        return variables.stream()
                .filter(v -> v.component().equals(component.name())
                        && v.name().equals(variable.name())
                        && Objects.equals(v.instance(), variable.instance()))
                .findFirst()
                .map(v -> new Lookup(v, null))
                .orElse(new Lookup(null, Status.UNKNOWN_VARIABLE));
    }
}
