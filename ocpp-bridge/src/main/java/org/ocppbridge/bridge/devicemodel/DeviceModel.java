package org.ocppbridge.bridge.devicemodel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocppbridge.mappings.ocpp.AttributeEnumType;
import org.ocppbridge.mappings.ocpp.ComponentCriterionEnumType;
import org.ocppbridge.mappings.ocpp.ComponentType;
import org.ocppbridge.mappings.ocpp.ComponentVariableType;
import org.ocppbridge.mappings.ocpp.GetVariableDataType;
import org.ocppbridge.mappings.ocpp.GetVariableResultType;
import org.ocppbridge.mappings.ocpp.GetVariableStatusEnumType;
import org.ocppbridge.mappings.ocpp.ReportBaseEnumType;
import org.ocppbridge.mappings.ocpp.ReportDataType;
import org.ocppbridge.mappings.ocpp.SetVariableDataType;
import org.ocppbridge.mappings.ocpp.SetVariableResultType;
import org.ocppbridge.mappings.ocpp.SetVariableStatusEnumType;
import org.ocppbridge.mappings.ocpp.StatusInfoType;
import org.ocppbridge.mappings.ocpp.VariableType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge's device model (B05 SetVariables, B06 GetVariables, B07 GetBaseReport, B08 GetReport): the four
 * controllers the bridge runs ({@link OcppCommCtrlr}, {@link SecurityCtrlr}, {@link ClockCtrlr},
 * {@link DeviceDataCtrlr}), Actual attribute only, no EVSEs. Anything else is UnknownComponent or UnknownVariable,
 * never a pretend value; the charger-domain controllers (transactions, authorization, metering, connectors) are
 * the charger software's.
 *
 * <p>Runs on the core thread.
 */
public final class DeviceModel {

    private static final Logger log = LoggerFactory.getLogger(DeviceModel.class);

    /** DeviceDataCtrlr.ItemsPerMessage of GetReport, GetVariables and SetVariables. */
    public static final int ITEMS_PER_MESSAGE = 32;

    /**
     * DeviceDataCtrlr.BytesPerMessage of GetReport, GetVariables and SetVariables: 64 KiB. A request of
     * {@link #ITEMS_PER_MESSAGE} items within the schemas' lengths stays far below it (about 10 KiB), so only a
     * padded or extended request meets it; it also bounds each NotifyReport part.
     */
    public static final int BYTES_PER_MESSAGE = 65_536;

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

    /**
     * What the controllers read and drive.
     *
     * @param storeFile where written values are kept ({@code <data-dir>/device-model.properties}); null: memory only
     * @param clock ClockCtrlr.DateTime
     * @param messageTimeout OCPPCommCtrlr.MessageTimeout[Default]: {@code --call-timeout}
     * @param heartbeat OCPPCommCtrlr.HeartbeatInterval
     */
    public record Sources(
            Path storeFile,
            Clock clock,
            Duration messageTimeout,
            HeartbeatInterval heartbeat,
            ConnectionFacts connection,
            CertificateStoreFacts certificates) {

        public Sources {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(messageTimeout, "messageTimeout");
            Objects.requireNonNull(heartbeat, "heartbeat");
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(certificates, "certificates");
        }
    }

    private final List<Variable> variables;
    private final SecurityCtrlr security;
    private final Reports reports;
    private Runnable afterAnswer;

    public DeviceModel(Sources sources) {
        StoredVariables stored = new StoredVariables(new VariableStore(sources.storeFile()));
        this.security =
                new SecurityCtrlr(stored, sources.connection(), sources.certificates(), then -> afterAnswer = then);
        List<Variable> all = new ArrayList<>();
        all.addAll(new OcppCommCtrlr(stored, sources.messageTimeout(), sources.heartbeat(), sources.connection())
                .variables());
        all.addAll(security.variables());
        all.addAll(new ClockCtrlr(stored, sources.clock()).variables());
        all.addAll(new DeviceDataCtrlr().variables());
        this.variables = List.copyOf(all);
        this.reports = new Reports(variables);
    }

    /** SecurityCtrlr's CertSigningWaitMinimum, CertSigningRepeatTimes and OrganizationName now. */
    public SigningSettings signing() {
        return security.signing();
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
        GetVariableStatusEnumType status;
        StatusInfoType info = null;
        String value = null;
        if (found.status != null) {
            status = found.status == Status.UNKNOWN_COMPONENT
                    ? GetVariableStatusEnumType.UnknownComponent
                    : GetVariableStatusEnumType.UnknownVariable;
        } else if (attribute != AttributeEnumType.Actual) {
            status = GetVariableStatusEnumType.NotSupportedAttributeType;
        } else if (!found.variable.readable()) {
            status = GetVariableStatusEnumType.Rejected;
            info = new StatusInfoType("WriteOnly", found.variable.key() + " is write-only");
        } else {
            status = GetVariableStatusEnumType.Accepted;
            value = found.variable.value().get();
        }
        return new GetVariableResultType(status, info, attribute, value, data.component(), data.variable());
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

    /** B07 GetBaseReport: the variables of a base report, or empty when it has none (see {@link Reports}). */
    public List<ReportDataType> report(ReportBaseEnumType base) {
        return reports.base(base);
    }

    /**
     * B08 GetReport: the variables matching the request's componentVariable list and componentCriteria (null:
     * that filter is absent), or empty when none does. Every ComponentCriterionEnumType value is supported (see
     * {@link Reports} for how each is decided).
     */
    public List<ReportDataType> report(
            List<ComponentVariableType> componentVariable, List<ComponentCriterionEnumType> componentCriteria) {
        return reports.custom(componentVariable, componentCriteria);
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
