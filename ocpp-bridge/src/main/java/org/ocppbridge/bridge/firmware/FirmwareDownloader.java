package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.SignatureException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Streams a firmware image to a file in one pass, feeding every buffer to the signature verifier and to
 * SHA-256 as it goes by: the file is never read back, and never held in memory.
 */
final class FirmwareDownloader {

    private static final int BUFFER = 64 * 1024;

    /**
     * @param bytes bytes written
     * @param sha256 lower-case hex SHA-256 of the image
     * @param signatureValid whether the signature verified; null when the image was not signed
     */
    record Result(long bytes, String sha256, Boolean signatureValid) {}

    /** The download was broken off because the update was cancelled. */
    static final class CancelledException extends IOException {
        CancelledException() {
            super("cancelled");
        }
    }

    private final SSLContext tls;
    private final Duration timeout;

    FirmwareDownloader(SSLContext tls, Duration timeout) {
        this.tls = tls;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Downloads {@code location} to {@code target} (replacing it).
     *
     * @param verifier a {@link Signature} initialised for verification, or null for unsigned firmware
     * @param signature the signature bytes to check at the end; ignored when {@code verifier} is null
     * @throws IOException the transfer failed, was short (Content-Length or FTP SIZE not reached) or cancelled
     */
    Result download(URI location, Path target, Signature verifier, byte[] signature, Cancellation cancellation)
            throws IOException {
        MessageDigest sha256 = sha256();
        try (FirmwareTransfer transfer = open(location);
                FileChannel out = FileChannel.open(
                        target,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
            cancellation.attach(transfer);
            long written = copy(transfer.body(), out, verifier, sha256, cancellation);
            long expected = transfer.expectedLength();
            if (expected >= 0 && written != expected) {
                throw new IOException("short download: " + written + " of " + expected + " bytes");
            }
            transfer.finish();
            out.force(true);
            Boolean valid = verifier == null ? null : verify(verifier, signature);
            return new Result(written, HexFormat.of().formatHex(sha256.digest()), valid);
        } catch (IOException e) {
            if (cancellation.isCancelled()) {
                throw new CancelledException();
            }
            throw e;
        } finally {
            cancellation.detach();
        }
    }

    private static long copy(
            InputStream in, FileChannel out, Signature verifier, MessageDigest sha256, Cancellation cancellation)
            throws IOException {
        byte[] buffer = new byte[BUFFER];
        long written = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (cancellation.isCancelled()) {
                throw new CancelledException();
            }
            sha256.update(buffer, 0, n);
            if (verifier != null) {
                try {
                    verifier.update(buffer, 0, n);
                } catch (SignatureException e) {
                    throw new IllegalStateException("verifier not initialised", e);
                }
            }
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
                out.write(chunk);
            }
            written += n;
        }
        return written;
    }

    private static boolean verify(Signature verifier, byte[] signature) {
        try {
            return verifier.verify(signature);
        } catch (SignatureException malformed) {
            // Bytes that are not a DER signature at all are simply an invalid signature.
            return false;
        }
    }

    private FirmwareTransfer open(URI location) throws IOException {
        String scheme = location.getScheme() == null ? "" : location.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "http", "https" -> HttpTransfer.open(location, tls, timeout);
            case "ftp" -> FtpTransfer.open(location, timeout);
            default -> throw new IOException("unsupported scheme: " + scheme);
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
