package org.ocppbridge.simulator.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ocppbridge.simulator.Frame;

class FrameReaderTest {

    private static final Instant AT = Instant.parse("2030-01-02T03:04:05Z");
    private final FrameReader reader = new FrameReader("CS-1", 2);

    private FrameView fromStation(String text) {
        return reader.read(new Frame(Frame.Direction.FROM_STATION, AT, text));
    }

    private FrameView toStation(String text) {
        return reader.read(new Frame(Frame.Direction.TO_STATION, AT, text));
    }

    @Test
    void an_answer_carries_the_action_and_requestId_of_the_CALL_it_answers() {
        FrameView call = toStation("[2,\"csms-1\",\"UpdateFirmware\",{\"requestId\":7,\"firmware\":{}}]");
        FrameView result = fromStation("[3,\"csms-1\",{\"status\":\"Accepted\"}]");

        assertEquals("CALL", call.type());
        assertEquals("UpdateFirmware", call.action());
        assertEquals(7, call.requestId());
        assertEquals("CALLRESULT", result.type());
        assertEquals("UpdateFirmware", result.action());
        assertEquals("Accepted", result.status());
        assertEquals(7, result.requestId());
        assertEquals("UpdateFirmware CALLRESULT Accepted (requestId 7)", result.summary());
        assertEquals(1, result.index());
        assertEquals(2, result.connection());
    }

    @Test
    void the_same_message_id_in_both_directions_is_two_different_calls() {
        fromStation("[2,\"1\",\"FirmwareStatusNotification\",{\"status\":\"Installed\",\"requestId\":3}]");
        toStation("[2,\"1\",\"Reset\",{\"type\":\"Immediate\"}]");

        assertEquals("FirmwareStatusNotification", toStation("[3,\"1\",{}]").action());
        assertEquals("Reset", fromStation("[3,\"1\",{\"status\":\"Accepted\"}]").action());
    }

    @Test
    void a_CALLERROR_shows_its_code_as_status() {
        FrameView error = fromStation("[4,\"-1\",\"RpcFrameworkError\",\"not JSON\",{}]");

        assertEquals("CALLERROR", error.type());
        assertEquals("RpcFrameworkError", error.status());
        assertEquals("", error.action());
        assertNull(error.requestId());
    }

    @Test
    void text_that_is_no_OCPP_J_frame_is_shown_as_it_is_and_never_throws() {
        for (String text : new String[] {
            "{Malformed", "", "[]", "{\"a\":1}", "[\"2\",1]", "[1e400,\"x\"]", "[2,\"id\"]", "[2,[],{},{}]", "null"
        }) {
            FrameView view = fromStation(text);
            assertEquals(FrameView.NOT_OCPP_J, view.type(), text);
            assertEquals(text, view.frame().text());
        }
    }

    @Test
    void a_requestId_that_is_not_a_32_bit_whole_number_is_left_out() {
        assertNull(fromStation("[2,\"a\",\"GetLog\",{\"requestId\":1.5}]").requestId());
        assertNull(
                fromStation("[2,\"b\",\"GetLog\",{\"requestId\":99999999999}]").requestId());
        assertNull(fromStation("[2,\"c\",\"GetLog\",{\"requestId\":\"7\"}]").requestId());
    }
}
