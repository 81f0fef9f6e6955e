package org.ocppbridge.bridge.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.bridge.testing.TestPki;

/** A03: when the bridge asks on its own for a new station certificate. */
class RenewBeforeExpiryTest {

    private static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static Instant renewFrom(Duration lifetime) throws Exception {
        TestPki.Issued ca = TestPki.ca("Renewal Rule CA");
        TestPki.Issued client = TestPki.client(ca, TestPki.ec(), BridgeFixture.STATION_ID, START, START.plus(lifetime));
        return RenewBeforeExpiry.from(client.certificate());
    }

    @Test
    void A03_a_long_lived_certificate_is_renewed_30_days_before_it_expires() throws Exception {
        assertEquals(START.plus(Duration.ofDays(365 - 30)), renewFrom(Duration.ofDays(365)));
        assertEquals(START.plus(Duration.ofDays(120)), renewFrom(Duration.ofDays(150)), "the two rules meet");
    }

    @Test
    void A03_a_short_lived_certificate_is_renewed_when_a_fifth_of_its_lifetime_is_left() throws Exception {
        assertEquals(START.plus(Duration.ofDays(8)), renewFrom(Duration.ofDays(10)));
        assertEquals(START.plus(Duration.ofHours(4)), renewFrom(Duration.ofHours(5)));
    }
}
