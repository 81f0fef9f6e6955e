package org.ocppbridge.bridge.transfer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The one transfer layer: every file the CSMS asks to move goes through here, firmware downloads and log uploads
 * alike, over http, https, ftp and ftps. One URL rule ({@link TransferUrl}), one credentials rule
 * ({@link Credentials}), one trust rule ({@link TransferSettings#trust()}), one cancel ({@link TransferCancel}),
 * one failure mapping ({@link FailureStatus}).
 *
 * <p>Thread-safe and without state of its own: each call opens and closes its own connection on the caller's
 * thread (the job's worker), bounded by the time-outs of the settings.
 */
public final class Transfers {

    private final TransferSettings settings;
    private final HttpTransfers http;
    private final FtpTransfers ftp;

    public Transfers(TransferSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = new HttpTransfers(settings);
        this.ftp = new FtpTransfers(settings);
    }

    /**
     * Opens a download stream for {@code url}: the one place where a download starts, whatever the scheme. The
     * caller reads the body, calls {@link Download#finish()} at its end and closes it.
     *
     * @throws TransferException the server refused or could not be reached; CANCELLED when {@code cancel} rose
     */
    public Download openDownload(TransferUrl url, TransferCancel cancel) throws TransferException {
        if (url.scheme().isFtp()) {
            return ftp.openDownload(url, cancel);
        }
        // Plain http takes the direct path when the reply allows it (issue 18); everything else, and every reply
        // that is not a plain 200, goes to the general client.
        Optional<Download> direct = DirectHttpDownload.open(url, settings, cancel);
        return direct.isPresent() ? direct.get() : http.openDownload(url, cancel);
    }

    /** Initialises what the direct http path needs before its first download, without a connection (issue 18). */
    public void warmUpDirectPath() {
        DirectHttpDownload.warmUp();
    }

    /**
     * Uploads {@code file} to {@code url} (with {@code fileName} appended when the URL names a directory) and
     * returns once the server confirmed the whole body.
     *
     * @throws TransferException the attempt failed, with the kind of failure; CANCELLED when {@code cancel} rose
     */
    public void upload(Path file, String fileName, TransferUrl url, TransferCancel cancel) throws TransferException {
        if (url.scheme().isFtp()) {
            ftp.upload(file, fileName, url, cancel);
        } else {
            http.upload(file, fileName, url, cancel);
        }
    }
}
