package org.ocppbridge.bridge.certificates;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * When the bridge asks on its own for a new station certificate (A03: the station renews its certificate before it
 * expires): 30 days before its notAfter — A03's example of "about to expire" is a month — or, for a certificate
 * that lives less than 150 days, when a fifth of its lifetime is left, so a short-lived one is not renewed from
 * its first day.
 */
public final class RenewBeforeExpiry {

    /** How long before the end a long-lived certificate is renewed. */
    public static final Duration AHEAD = Duration.ofDays(30);

    /** The share of its lifetime a short-lived certificate has left when it is renewed: one fifth. */
    public static final int LIFETIME_DIVISOR = 5;

    private RenewBeforeExpiry() {}

    /** The moment from which {@code certificate} is renewed. */
    public static Instant from(X509Certificate certificate) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        Duration fifth = Duration.between(notBefore, notAfter).dividedBy(LIFETIME_DIVISOR);
        Duration ahead = fifth.compareTo(AHEAD) < 0 ? fifth : AHEAD;
        return notAfter.minus(ahead);
    }
}
