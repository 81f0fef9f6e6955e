package org.ocppbridge.bridge.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ocppbridge.bridge.json.OcppGson;
import org.ocppbridge.bridge.testing.VirtualScheduler;
import org.ocppbridge.schemas.JsonSchemas;

/**
 * Random and mutated frames (10,000 a run over the two properties): the RPC layer answers per the CALLERROR table
 * or ignores, never throws, and never puts an invalid frame on the wire.
 */
class FrameFuzzTest {

    private static final JsonSchemas SCHEMAS = new JsonSchemas();
    private static final Set<String> CODES =
            EnumSet.allOf(ErrorCode.class).stream().map(Enum::name).collect(Collectors.toSet());

    private static final List<String> SEEDS = List.of(
            "[2,\"m1\",\"Reset\",{\"type\":\"Immediate\"}]",
            "[2,\"m2\",\"Reset\",{\"type\":\"OnIdle\",\"evseId\":1}]",
            "[2,\"m3\",\"GetLog\",{\"logType\":\"DiagnosticsLog\",\"requestId\":7,"
                    + "\"log\":{\"remoteLocation\":\"ftp://u:p@h/x\",\"oldestTimestamp\":\"2026-01-01T00:00:00Z\"}}]",
            "[2,\"m4\",\"TriggerMessage\",{\"requestedMessage\":\"Heartbeat\"}]",
            "[3,\"m5\",{\"currentTime\":\"2026-01-01T00:00:00Z\"}]",
            "[4,\"m6\",\"GenericError\",\"\",{}]");

    @Property(tries = 6000)
    void mutated_frames_are_answered_per_the_table_or_ignored(@ForAll("mutatedFrames") String frame) {
        check(frame);
    }

    @Property(tries = 4000)
    void random_text_is_answered_per_the_table_or_ignored(@ForAll("randomText") String frame) {
        check(frame);
    }

    private void check(String frame) {
        VirtualScheduler core = new VirtualScheduler();
        List<String> sent = new ArrayList<>();
        RpcObserver failOnBug = new RpcObserver() {
            @Override
            public void unexpectedError(String where, Throwable error) {
                throw new AssertionError("unexpected error in " + where + " for " + frame, error);
            }
        };
        RpcSession session = new RpcSession(core, SCHEMAS, OcppGson.create(), Duration.ofSeconds(30), failOnBug);
        session.register(TestHandlers.acceptingReset());
        session.register(TestHandlers.acceptingGetLog());
        session.attach(sent::add);

        session.onText(frame);
        core.runUntilIdle();

        assertTrue(sent.size() <= 1, "at most one answer");
        for (String out : sent) {
            JsonArray array = JsonParser.parseString(out).getAsJsonArray();
            int type = array.get(0).getAsInt();
            String id = array.get(1).getAsString();
            assertTrue(!id.isEmpty() && id.length() <= 36, "id within 36 characters");
            if (type == 4) {
                assertEquals(5, array.size());
                assertTrue(CODES.contains(array.get(2).getAsString()), "a 2.0.1 error code");
                assertTrue(array.get(3).getAsString().length() <= 255);
                assertTrue(array.get(4).isJsonObject());
            } else {
                assertEquals(3, type, "only answers leave: " + out);
                String action =
                        JsonParser.parseString(frame).getAsJsonArray().get(2).getAsString();
                assertEquals(
                        List.of(),
                        SCHEMAS.validate(action + "Response", array.get(2).toString()));
            }
        }
    }

    @Provide
    Arbitrary<String> mutatedFrames() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 400);
        Arbitrary<Character> character = Arbitraries.chars()
                .with(
                        '"', '{', '}', '[', ']', ',', ':', '\\', '0', '9', 'x', ' ', '-', 'e', 'n', 'u', 'l', 't',
                        '\u00e9', '\uffff');
        Arbitrary<Integer> operation = Arbitraries.integers().between(0, 4);
        return Combinators.combine(
                        seed,
                        position,
                        character,
                        operation,
                        Arbitraries.integers().between(1, 4))
                .as((text, at, c, op, times) -> {
                    String out = text;
                    for (int i = 0; i < times; i++) {
                        out = mutate(out, (at * (i + 1)) % (out.length() + 1), c, op);
                    }
                    return out;
                });
    }

    @Provide
    Arbitrary<String> randomText() {
        Arbitrary<String> json = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings()
                        .withChars("[]{}\",:0123456789abcnrtuefls-.")
                        .ofMaxLength(80),
                jsonArrays());
        return json;
    }

    private Arbitrary<String> jsonArrays() {
        Arbitrary<String> element = Arbitraries.oneOf(Arbitraries.of(
                "2",
                "3",
                "4",
                "99",
                "-1",
                "2.5",
                "\"2\"",
                "null",
                "true",
                "{}",
                "[]",
                "\"\"",
                "\"m1\"",
                "\"Reset\"",
                "\"Heartbeat\"",
                "\"Authorize\"",
                "\"x\"",
                "{\"type\":\"Immediate\"}",
                "{\"type\":1}",
                "\"" + "i".repeat(37) + "\""));
        return element.list().ofMaxSize(6).map(list -> "[" + String.join(",", list) + "]");
    }

    private static String mutate(String text, int at, char c, int operation) {
        int index = Math.min(at, text.length());
        return switch (operation) {
            case 0 -> text.substring(0, index) + c + text.substring(index);
            case 1 -> index < text.length() ? text.substring(0, index) + text.substring(index + 1) : text;
            case 2 -> index < text.length() ? text.substring(0, index) + c + text.substring(index + 1) : text;
            case 3 -> text.substring(0, index);
            default -> text + text.substring(index);
        };
    }
}
