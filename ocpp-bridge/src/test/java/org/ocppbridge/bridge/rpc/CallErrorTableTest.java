package org.ocppbridge.bridge.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocppbridge.bridge.json.OcppGson;
import org.ocppbridge.bridge.testing.VirtualScheduler;
import org.ocppbridge.schemas.JsonSchemas;

/** Every row of the README's CALLERROR table, fed to the RPC layer as written there. */
class CallErrorTableTest {

    private static final JsonSchemas SCHEMAS = new JsonSchemas();

    record Row(String input, String frame, String code, String messageId) {
        @Override
        public String toString() {
            return input;
        }
    }

    static Stream<Row> rows() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("<!-- callerror-table:start -->");
        int end = readme.indexOf("<!-- callerror-table:end -->");
        assertTrue(start >= 0 && end > start, "README has the CALLERROR table markers");
        List<Row> rows = new ArrayList<>();
        Pattern row = Pattern.compile("^\\| (.+?) \\| `(.+?)` \\| (.+?) \\| (.+?) \\|$", Pattern.MULTILINE);
        Matcher matcher = row.matcher(readme.substring(start, end));
        while (matcher.find()) {
            rows.add(new Row(
                    matcher.group(1),
                    matcher.group(2)
                            .replace("LONG513", "x".repeat(513))
                            .replace("DEEP300", "[".repeat(300) + "]".repeat(300))
                            .replace("DIGITS5000", "9".repeat(5000)),
                    matcher.group(3),
                    // the table writes ids as JSON string content: \ud824 is one (lone surrogate) char
                    JsonParser.parseString("\"" + matcher.group(4).replace("`", "") + "\"")
                            .getAsString()));
        }
        assertTrue(rows.size() >= 20, "the table has its rows, found " + rows.size());
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readme_row_is_the_behaviour(Row row) {
        VirtualScheduler core = new VirtualScheduler();
        RpcSession session = new RpcSession(core, SCHEMAS, OcppGson.create(), Duration.ofSeconds(30), RpcObserver.NONE);
        session.register(TestHandlers.acceptingReset());
        session.register(TestHandlers.failingGetLog());
        if (row.code().equals("SecurityError")) {
            session.setGate(action -> Optional.of("not registered"));
        }
        List<String> sent = new ArrayList<>();
        session.attach(text -> sent.add(text));

        session.onText(row.frame());
        core.runUntilIdle();

        if (row.code().startsWith("none")) {
            assertEquals(List.of(), sent, "nothing is sent back");
            return;
        }
        assertEquals(1, sent.size(), "one answer: " + sent);
        JsonArray answer = JsonParser.parseString(sent.get(0)).getAsJsonArray();
        assertEquals(4, answer.get(0).getAsInt(), "a CALLERROR: " + sent.get(0));
        assertEquals(row.messageId(), answer.get(1).getAsString());
        assertEquals(row.code(), answer.get(2).getAsString());
        assertTrue(answer.get(3).getAsString().length() <= 255);
        assertTrue(answer.get(4).isJsonObject());
    }

    @Test
    void P4_4_an_unknown_message_type_is_MessageTypeNotSupported_whenever_the_id_is_readable() {
        VirtualScheduler core = new VirtualScheduler();
        RpcSession session = new RpcSession(core, SCHEMAS, OcppGson.create(), Duration.ofSeconds(30), RpcObserver.NONE);
        List<String> sent = new ArrayList<>();
        session.attach(sent::add);

        session.onText("[99,\"two\"]");
        session.onText("[5,\"three\",{}]");
        session.onText("[99,\"five\",\"Future\",{},{}]");
        session.onText("[99,7]");
        core.runUntilIdle();

        assertEquals(4, sent.size(), sent.toString());
        assertEquals(
                List.of(
                        "two/MessageTypeNotSupported", "three/MessageTypeNotSupported",
                        "five/MessageTypeNotSupported", "-1/RpcFrameworkError"),
                sent.stream()
                        .map(frame -> JsonParser.parseString(frame).getAsJsonArray())
                        .map(answer -> answer.get(1).getAsString() + "/"
                                + answer.get(2).getAsString())
                        .toList());
    }

    @Test
    void descriptions_never_echo_the_peers_values() {
        VirtualScheduler core = new VirtualScheduler();
        RpcSession session = new RpcSession(core, SCHEMAS, OcppGson.create(), Duration.ofSeconds(30), RpcObserver.NONE);
        session.register(TestHandlers.acceptingReset());
        List<String> sent = new ArrayList<>();
        session.attach(sent::add);
        session.onText("[2,\"m1\",\"Reset\",{\"type\":\"SECRET-VALUE\"}]");
        session.onText("[2,\"m2\",\"Reset\",{\"type\":\"Immediate\",\"SECRET-KEY\":1}]");
        session.onText("[2,\"m3\",\"SECRET-ACTION\",{}]");
        assertEquals(3, sent.size());
        sent.forEach(frame -> assertTrue(!frame.contains("SECRET"), frame));
    }
}
