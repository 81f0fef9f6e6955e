package org.ocppbridge.bridge.firmware;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the http(s) URLs of a certificate's CRL distribution points extension (RFC 5280 §4.2.1.13) with a
 * minimal DER walk, because the JDK has no public API for it and Bouncy Castle is not on the runtime path.
 */
final class CrlDistributionPoints {

    private static final String OID = "2.5.29.31";
    private static final int URI_TAG = 0x86; // GeneralName uniformResourceIdentifier [6] IMPLICIT IA5String

    private CrlDistributionPoints() {}

    /** The http and https URLs named in the extension, in order; empty when there is none or it is malformed. */
    static List<URI> httpUrls(X509Certificate certificate) {
        byte[] wrapped = certificate.getExtensionValue(OID);
        List<URI> urls = new ArrayList<>();
        if (wrapped == null) {
            return urls;
        }
        try {
            // getExtensionValue returns an OCTET STRING that wraps the extension's DER value.
            Tlv octets = Tlv.read(wrapped, 0);
            collect(wrapped, octets.valueStart, octets.end(), urls);
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
        return urls;
    }

    private static void collect(byte[] der, int from, int to, List<URI> urls) {
        int at = from;
        while (at < to) {
            Tlv tlv = Tlv.read(der, at);
            if (tlv.end() > to) {
                throw new IllegalArgumentException("element overruns its parent");
            }
            if (tlv.tag == URI_TAG) {
                String text = new String(der, tlv.valueStart, tlv.length, StandardCharsets.US_ASCII);
                if (text.startsWith("http://") || text.startsWith("https://")) {
                    urls.add(URI.create(text));
                }
            } else if ((tlv.tag & 0x20) != 0) { // constructed: look inside
                collect(der, tlv.valueStart, tlv.end(), urls);
            }
            at = tlv.end();
        }
    }

    /** One DER tag-length-value header; single-byte tags only, which is all this extension uses. */
    private record Tlv(int tag, int valueStart, int length) {
        int end() {
            return valueStart + length;
        }

        static Tlv read(byte[] der, int at) {
            if (at + 2 > der.length) {
                throw new IllegalArgumentException("truncated DER");
            }
            int tag = der[at] & 0xff;
            int first = der[at + 1] & 0xff;
            int pos = at + 2;
            int length;
            if (first < 0x80) {
                length = first;
            } else {
                int bytes = first & 0x7f;
                if (bytes == 0 || bytes > 3 || pos + bytes > der.length) {
                    throw new IllegalArgumentException("unsupported DER length");
                }
                length = 0;
                for (int i = 0; i < bytes; i++) {
                    length = (length << 8) | (der[pos++] & 0xff);
                }
            }
            if (pos + length > der.length) {
                throw new IllegalArgumentException("truncated DER value");
            }
            return new Tlv(tag, pos, length);
        }
    }
}
