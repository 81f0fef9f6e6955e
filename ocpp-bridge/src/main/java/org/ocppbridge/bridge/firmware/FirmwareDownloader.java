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
     * @param signature the check to run on the SHA-256 computed while downloading, or null for unsigned firmware
     * @throws IOException the transfer failed, was short (Content-Length or FTP SIZE not reached) or cancelled
     */
    Result download(URI location, Path target, SignatureCheck signature, Cancellation cancellation) throws IOException {
        MessageDigest sha256 = sha256();
        try (FirmwareTransfer transfer = open(location);
                FileChannel out = FileChannel.open(
                        target,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
            cancellation.attach(transfer);
            long written = copy(transfer.body(), out, sha256, cancellation);
            long expected = transfer.expectedLength();
            if (expected >= 0 && written != expected) {
                throw new IOException("short download: " + written + " of " + expected + " bytes");
            }
            transfer.finish();
            // No fsync here: an image is never trusted across a restart (resume downloads and verifies again),
            // and syncing hundreds of MB before the check only delays it.
            byte[] digest = sha256.digest();
            Boolean valid = signature == null ? null : signature.verifyDigest(digest);
            return new Result(written, HexFormat.of().formatHex(digest), valid);
        } catch (IOException e) {
            if (cancellation.isCancelled()) {
                throw new CancelledException();
            }
            throw e;
        } finally {
            cancellation.detach();
        }
    }

    private static long copy(InputStream in, FileChannel out, MessageDigest sha256, Cancellation cancellation)
            throws IOException {
        byte[] buffer = new byte[BUFFER];
        long written = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (cancellation.isCancelled()) {
                throw new CancelledException();
            }
            sha256.update(buffer, 0, n);
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
                out.write(chunk);
            }
            written += n;
        }
        return written;
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
