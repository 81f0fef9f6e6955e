package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.ocppbridge.bridge.transfer.Download;
import org.ocppbridge.bridge.transfer.TransferCancel;
import org.ocppbridge.bridge.transfer.TransferException;
import org.ocppbridge.bridge.transfer.TransferUrl;
import org.ocppbridge.bridge.transfer.Transfers;

/**
 * Streams a firmware image to a file in one pass, feeding every buffer to SHA-256 as it goes by (the signature is
 * verified over that digest): the file is never read back, and never held in memory. The stream itself comes from
 * the transfer layer ({@link Transfers#openDownload}), whatever the scheme.
 */
final class FirmwareDownloader {

    private static final int BUFFER = 64 * 1024;

    /**
     * @param bytes bytes written
     * @param sha256 lower-case hex SHA-256 of the image
     * @param signatureValid whether the signature verified; null when the image was not signed
     */
    record Result(long bytes, String sha256, Boolean signatureValid) {}

    private final Transfers transfers;

    FirmwareDownloader(Transfers transfers) {
        this.transfers = Objects.requireNonNull(transfers, "transfers");
    }

    /**
     * Downloads {@code location} to {@code target} (replacing it).
     *
     * @param signature the check to run on the SHA-256 computed while downloading, or null for unsigned firmware
     * @throws TransferException the transfer failed, was short (Content-Length or FTP SIZE not reached), or was
     *     cancelled (failure CANCELLED)
     */
    Result download(TransferUrl location, Path target, SignatureCheck signature, TransferCancel cancel)
            throws TransferException {
        MessageDigest sha256 = sha256();
        try (Download download = transfers.openDownload(location, cancel);
                FileChannel out = FileChannel.open(
                        target,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
            Optional<ReadableByteChannel> direct = download.channel();
            long written = direct.isPresent()
                    ? PipelinedCopy.copy(direct.get(), out, sha256, cancel)
                    : copy(download.body(), out, sha256, cancel);
            long expected = download.expectedLength();
            if (expected >= 0 && written != expected) {
                throw new TransferException(
                        TransferException.Failure.FAILED, "short download: " + written + " of " + expected + " bytes");
            }
            download.finish();
            // No fsync here: an image is never trusted across a restart (resume downloads and verifies again),
            // and syncing hundreds of MB before the check only delays it.
            byte[] digest = sha256.digest();
            Boolean valid = signature == null ? null : signature.verifyDigest(digest);
            return new Result(written, HexFormat.of().formatHex(digest), valid);
        } catch (TransferException e) {
            throw cancel.isCancelled() ? new TransferException(TransferException.Failure.CANCELLED, "cancelled") : e;
        } catch (IOException | RuntimeException e) {
            // A connection cut by the cancel can fail a read with a RuntimeException of the JDK's HTTP client.
            if (cancel.isCancelled()) {
                throw new TransferException(TransferException.Failure.CANCELLED, "cancelled", e);
            }
            throw new TransferException(TransferException.Failure.FAILED, "download failed: " + e, e);
        }
    }

    private static long copy(InputStream in, FileChannel out, MessageDigest sha256, TransferCancel cancel)
            throws IOException {
        byte[] buffer = new byte[BUFFER];
        long written = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (cancel.isCancelled()) {
                throw new TransferException(TransferException.Failure.CANCELLED, "cancelled");
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
