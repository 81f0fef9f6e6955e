package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.Set;
import org.ocppbridge.simulator.Frame;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * An OCPP-J framing case (Part 4 §4, errata §4): one bad frame from the CSMS, answered with a CALLERROR of the
 * code whose meaning fits (P4 §4.3 table) and the message id the rules ask for. CALLs the station sends
 * meanwhile (e.g. a SecurityEventNotification InvalidMessages) are answered and skipped.
 */
public final class FramingCase implements ConformanceCase {

    private static final Duration ANSWER = Duration.ofSeconds(10);

    private final String id;
    private final String title;
    private final String frame;
    private final String code;
    private final Set<String> messageIds;
    private final String rule;

    /**
     * @param messageIds the ids the CALLERROR may carry ("-1" when the id cannot be read, P4 §4.2.3)
     * @param rule the rule a wrong answer breaks
     */
    public FramingCase(String id, String title, String frame, String code, Set<String> messageIds, String rule) {
        this.id = id;
        this.title = title;
        this.frame = frame;
        this.code = code;
        this.messageIds = Set.copyOf(messageIds);
        this.rule = rule;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public void run(CaseContext context) {
        StationConnection connection = context.openConnection();
        connection.sendRaw(frame);
        JsonArray answer = awaitAnswer(connection);
        CaseFailure.check(
                answer.get(0).getAsInt() == 4,
                rule + ": the station answered " + frame + " with a CALLRESULT, expected CALLERROR " + code);
        CaseFailure.check(answer.size() == 5, "P4 §4.2.3: a CALLERROR has 5 elements");
        String messageId =
                answer.get(1).isJsonPrimitive() ? answer.get(1).getAsString() : String.valueOf(answer.get(1));
        String errorCode =
                answer.get(2).isJsonPrimitive() ? answer.get(2).getAsString() : String.valueOf(answer.get(2));
        CaseFailure.check(errorCode.equals(code), rule + ": CALLERROR " + errorCode + ", expected " + code);
        CaseFailure.check(
                messageIds.contains(messageId),
                "P4 §4.2.3: CALLERROR message id \"" + messageId + "\", expected "
                        + String.join(
                                " or ",
                                messageIds.stream().map(i -> "\"" + i + "\"").toList()));
        CaseFailure.check(answer.get(4).isJsonObject(), "P4 §4.2.3: CALLERROR errorDetails must be an object");
    }

    /** The first CALLRESULT or CALLERROR after the raw frame; CALLs in between are skipped. */
    private JsonArray awaitAnswer(StationConnection connection) {
        long deadline = System.nanoTime() + ANSWER.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative()) {
                throw new CaseFailure(rule + ": no CALLERROR within " + ANSWER + " for " + frame);
            }
            Frame next;
            try {
                next = connection.expectRaw(left);
            } catch (AssertionError none) {
                throw new CaseFailure(rule + ": no CALLERROR within " + ANSWER + " for " + frame);
            }
            JsonArray array = array(next.text());
            if (array == null || array.isEmpty() || !array.get(0).isJsonPrimitive()) {
                throw new CaseFailure("P4 §4.1: the station answered with a malformed frame: " + next.text());
            }
            int type = array.get(0).getAsInt();
            if (type == 3 || type == 4) {
                return array;
            }
        }
    }

    private static JsonArray array(String text) {
        try {
            JsonElement root = JsonParser.parseString(text);
            return root.isJsonArray() ? root.getAsJsonArray() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }
}
