package org.ocppbridge.bridge.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import org.junit.jupiter.api.Test;

class OcppGsonTest {

    record Numbers(int required, Integer optional) {}

    private final Gson gson = OcppGson.create();

    private Numbers bind(String json) {
        // From a tree, as the RPC layer binds: Gson's own int adapter wraps there.
        return gson.fromJson(JsonParser.parseString(json), Numbers.class);
    }

    @Test
    void issue15_point3_an_integer_beyond_32_bits_is_refused_by_the_binding_not_wrapped() {
        for (String number : new String[] {"4294967297", "9007199254740992", "-2147483649", "1e10", "1.5"}) {
            assertThrows(JsonSyntaxException.class, () -> bind("{\"required\":" + number + "}"), number);
            assertThrows(JsonSyntaxException.class, () -> bind("{\"required\":1,\"optional\":" + number + "}"), number);
        }
    }

    @Test
    void every_32_bit_integer_binds_exactly_also_with_a_zero_fraction() {
        assertEquals(new Numbers(2147483647, -2147483648), bind("{\"required\":2147483647,\"optional\":-2147483648}"));
        assertEquals(new Numbers(100, 1), bind("{\"required\":1e2,\"optional\":1.0}"));
        assertNull(bind("{\"required\":0}").optional());
        assertEquals("{\"required\":7}", gson.toJson(new Numbers(7, null)));
    }
}
