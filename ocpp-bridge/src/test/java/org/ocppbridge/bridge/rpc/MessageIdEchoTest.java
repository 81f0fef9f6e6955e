package org.ocppbridge.bridge.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocppbridge.bridge.json.OcppGson;
import org.ocppbridge.bridge.testing.VirtualScheduler;
import org.ocppbridge.schemas.JsonSchemas;

/** Issue 15, point 5: a message id is echoed exactly as received whenever it can be read. */
class MessageIdEchoTest {

    private static final JsonSchemas SCHEMAS = new JsonSchemas();

    private final VirtualScheduler core = new VirtualScheduler();
    private final List<String> sent = new ArrayList<>();
    private RpcSession session;

    @BeforeEach
    void session() {
        session = new RpcSession(core, SCHEMAS, OcppGson.create(), Duration.ofSeconds(30), RpcObserver.NONE);
        session.register(TestHandlers.acceptingReset());
        session.attach(sent::add);
    }

    private JsonArray answerTo(String frame) {
        sent.clear();
        session.onText(frame);
        core.runUntilIdle();
        assertEquals(1, sent.size(), "one answer");
        return JsonParser.parseString(sent.get(0)).getAsJsonArray();
    }

    @Test
    void an_escaped_lone_surrogate_in_the_id_goes_back_escaped_not_as_a_question_mark() {
        JsonArray answer = answerTo("[2,\"a\\ud824b\",\"Reset\",{\"type\":\"Immediate\"}]");
        assertEquals(3, answer.get(0).getAsInt());
        assertEquals("a\ud824b", answer.get(1).getAsString());
        String text = sent.get(0);
        assertTrue(text.contains("\"a\\ud824b\""), text);
        // What the socket sends: the text as UTF-8 must decode to itself (a lone surrogate would not).
        assertEquals(text, new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void a_pair_of_surrogates_stays_one_character_and_a_low_one_alone_is_escaped() {
        assertEquals(
                "\ud83d\ude00",
                answerTo("[2,\"\ud83d\ude00\",\"Reset\",{\"type\":\"Immediate\"}]")
                        .get(1)
                        .getAsString());
        assertFalse(sent.get(0).contains("\\u"), sent.get(0));
        assertEquals(
                "\ude00x",
                answerTo("[2,\"\\ude00x\",\"Reset\",{\"type\":\"Immediate\"}]")
                        .get(1)
                        .getAsString());
        assertTrue(sent.get(0).contains("\\ude00x"), sent.get(0));
    }

    @Test
    void a_frame_nested_deeper_than_the_parser_goes_is_answered_with_its_own_id() {
        String deep = "[".repeat(300) + "]".repeat(300);
        JsonArray answer = answerTo("[2,\"deep-1\",\"Reset\",{\"type\":\"Immediate\",\"x\":" + deep + "}]");
        assertEquals(4, answer.get(0).getAsInt());
        assertEquals("deep-1", answer.get(1).getAsString());
        assertEquals("RpcFrameworkError", answer.get(2).getAsString());
    }

    @Test
    void a_frame_with_a_5000_digit_number_is_answered_with_its_own_id() {
        JsonArray answer =
                answerTo("[2,\"digits-1\",\"Reset\",{\"type\":\"Immediate\",\"evseId\":" + "9".repeat(5000) + "}]");
        assertEquals("digits-1", answer.get(1).getAsString());
        assertEquals("RpcFrameworkError", answer.get(2).getAsString());
    }

    @Test
    void a_frame_broken_after_a_readable_id_keeps_its_id_and_an_unknown_type_says_so() {
        assertEquals("m1", answerTo("[2,\"m1\",\"Reset\",{Malformed").get(1).getAsString());
        JsonArray unknownType = answerTo("[99,\"m9\",{Malformed");
        assertEquals("m9", unknownType.get(1).getAsString());
        assertEquals("MessageTypeNotSupported", unknownType.get(2).getAsString());
    }

    @Test
    void an_unreadable_id_is_still_minus_one_and_a_broken_answer_is_not_answered() {
        assertEquals("-1", answerTo("{Malformed").get(1).getAsString());
        assertEquals("-1", answerTo("[2,7,{Malformed").get(1).getAsString());
        assertEquals("-1", answerTo("[2,\"" + "x".repeat(37) + "\",{").get(1).getAsString());
        sent.clear();
        session.onText("[3,\"m1\",{Malformed");
        core.runUntilIdle();
        assertEquals(List.of(), sent);
    }
}
