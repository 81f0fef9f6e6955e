package org.ocppbridge.mappings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/** Checks a pair of enum mappings value by value, both ways. */
final class Bijections {

    private Bijections() {}

    /**
     * Every value of {@code a} maps to the {@code b} value of the same name, every value of {@code b} back to the
     * {@code a} value of that name, and each round trip is the identity.
     */
    static <A extends Enum<A>, B extends Enum<B>> void assertSameNamesBothWays(
            Class<A> a, Class<B> b, Function<A, B> there, Function<B, A> back) {
        assertEquals(a.getEnumConstants().length, b.getEnumConstants().length, "same number of values");
        Set<B> reached = EnumSet.noneOf(b);
        for (A value : a.getEnumConstants()) {
            B image = there.apply(value);
            assertEquals(value.name(), image.name(), a.getSimpleName() + "." + value);
            assertEquals(value, back.apply(image), "round trip of " + value);
            reached.add(image);
        }
        assertEquals(EnumSet.allOf(b), reached, "every " + b.getSimpleName() + " value is reached");
        for (B value : b.getEnumConstants()) {
            A image = back.apply(value);
            assertEquals(value.name(), image.name(), b.getSimpleName() + "." + value);
            assertEquals(value, there.apply(image), "round trip of " + value);
        }
    }
}
