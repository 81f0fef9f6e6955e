package org.ocppbridge.bridge.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.net.MalformedServerReplyException;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FTP and FTPS for the transfer layer (Apache Commons Net): RETR for downloads, STOR for uploads, always passive and
 * binary. One login rule: the URL's credentials, else anonymous ({@link Credentials#ANONYMOUS_FTP}). One path rule:
 * relative to the login directory ({@link TransferUrl#ftpPath()}).
 *
 * <p>{@code ftps://} is implicit TLS (port 990 unless the URL names one), as curl reads the scheme: the TLS handshake
 * comes first, then {@code PBSZ 0} and {@code PROT P} so the data connection is encrypted too. Explicit
 * {@code AUTH TLS} on a plain {@code ftp://} location is not tried: a client that upgrades only when the server
 * offers it can be downgraded silently, and the CSMS chose the scheme. The server's certificate is checked by the
 * same rule as https (the trust of {@link TransferSettings}, and the host name against the certificate).
 */
final class FtpTransfers {

    private static final Logger log = LoggerFactory.getLogger(FtpTransfers.class);

    private final TransferSettings settings;

    FtpTransfers(TransferSettings settings) {
        this.settings = settings;
    }

    /** RETR; the size comes from SIZE when the server supports it. */
    Download openDownload(TransferUrl url, TransferCancel cancel) throws TransferException {
        FTPClient client = login(url, cancel);
        try {
            String path = url.ftpPath();
            long size = parseSize(client.getSize(path));
            InputStream body = client.retrieveFileStream(path);
            expect(client, body != null, "RETR");
            // The data connection is a socket of its own: closing it is what breaks a blocked read.
            cancel.onCancel(() -> {
                closeQuietly(body);
                quietDisconnect(client);
            });
            return new FtpDownload(client, body, size, cancel);
        } catch (TransferUrlException e) {
            disconnect(client, cancel);
            throw new TransferException(TransferException.Failure.BAD_MESSAGE, e.getMessage(), e);
        } catch (IOException e) {
            disconnect(client, cancel);
            throw failure("download", e, cancel);
        }
    }

    /** STOR of {@code file}; counts only when the server confirmed the transfer (226). */
    void upload(Path file, String fileName, TransferUrl url, TransferCancel cancel) throws TransferException {
        FTPClient client = login(url, cancel);
        try {
            OutputStream out = client.storeFileStream(url.withFileName(fileName).ftpPath());
            expect(client, out != null, "STOR");
            cancel.onCancel(() -> {
                closeQuietly(out);
                quietDisconnect(client);
            });
            try (out;
                    InputStream in = Files.newInputStream(file)) {
                Copy.copy(in, out, cancel);
            }
            // The transfer counts only when the server confirms it received the whole file.
            expect(client, client.completePendingCommand(), "STOR completion");
            client.logout();
        } catch (TransferUrlException e) {
            throw new TransferException(TransferException.Failure.BAD_MESSAGE, e.getMessage(), e);
        } catch (IOException e) {
            throw failure("upload", e, cancel);
        } finally {
            disconnect(client, cancel);
        }
    }

    /** Connects, logs in, and sets passive binary mode (and a protected data channel for ftps). */
    private FTPClient login(TransferUrl url, TransferCancel cancel) throws TransferException {
        FTPClient client = newClient(url.scheme());
        client.setConnectTimeout(settings.connectMillis());
        client.setDefaultTimeout(settings.readMillis());
        client.setDataTimeout(settings.readTimeout());
        cancel.onCancel(() -> quietDisconnect(client));
        try {
            client.connect(url.host(), url.port());
            client.setSoTimeout(settings.readMillis());
            expect(client, FTPReply.isPositiveCompletion(client.getReplyCode()), "connect");
            Credentials credentials = url.credentials().orElse(Credentials.ANONYMOUS_FTP);
            expect(client, client.login(credentials.user(), credentials.password()), "login");
            if (client instanceof FTPSClient ftps) {
                // execPROT, not a raw command: it is what switches the client's data sockets to TLS.
                ftps.execPBSZ(0);
                ftps.execPROT("P");
            }
            client.enterLocalPassiveMode();
            expect(client, client.setFileType(FTP.BINARY_FILE_TYPE), "TYPE I");
            return client;
        } catch (IOException e) {
            disconnect(client, cancel);
            throw failure("login", e, cancel);
        }
    }

    private FTPClient newClient(Scheme scheme) {
        if (scheme != Scheme.FTPS) {
            return new FTPClient();
        }
        FTPSClient ftps = new FTPSClient(true, settings.trust().context());
        ftps.setEndpointCheckingEnabled(true); // the host name is checked against the certificate, as for https
        return ftps;
    }

    private static void expect(FTPClient client, boolean ok, String step) throws TransferException {
        if (!ok) {
            throw TransferException.ftp(step, client.getReplyCode());
        }
    }

    private static TransferException failure(String step, IOException e, TransferCancel cancel) {
        if (cancel.isCancelled()) {
            return TransferException.cancelled();
        }
        if (e instanceof TransferException known) {
            return known;
        }
        if (e instanceof MalformedServerReplyException) {
            return new TransferException(TransferException.Failure.BAD_MESSAGE, "FTP server sent a malformed reply", e);
        }
        return new TransferException(TransferException.Failure.FAILED, "FTP " + step + " failed: " + e, e);
    }

    private static long parseSize(String reply) {
        if (reply == null) {
            return -1;
        }
        try {
            return Long.parseLong(reply.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void closeQuietly(java.io.Closeable data) {
        try {
            data.close();
        } catch (IOException e) {
            log.debug("FTP data close: {}", e.toString());
        }
    }

    private static void disconnect(FTPClient client, TransferCancel cancel) {
        cancel.clear();
        quietDisconnect(client);
    }

    private static void quietDisconnect(FTPClient client) {
        if (!client.isConnected()) {
            return;
        }
        try {
            client.disconnect();
        } catch (IOException e) {
            // Closing after a failed, finished or cancelled transfer: its outcome was already decided.
            log.debug("FTP disconnect: {}", e.toString());
        }
    }

    /** A RETR whose body is being read. */
    private record FtpDownload(FTPClient client, InputStream body, long expectedLength, TransferCancel cancel)
            implements Download {

        @Override
        public void finish() throws TransferException {
            try {
                body.close();
                if (!client.completePendingCommand()) { // 226 means the server sent the whole file
                    throw new TransferException(
                            TransferException.Failure.FAILED, "FTP transfer not completed: " + client.getReplyCode());
                }
            } catch (TransferException e) {
                throw e;
            } catch (IOException e) {
                throw failure("download", e, cancel);
            }
        }

        @Override
        public void close() {
            closeQuietly(body);
            disconnect(client, cancel);
        }
    }
}
