package org.ocppbridge.bridge.logs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.apache.commons.net.MalformedServerReplyException;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads an archive with FTP STOR (ftp://) or implicit-TLS FTPS (ftps://, port 990 by default, as curl reads that
 * scheme), in passive mode and binary type. User and password come from the URL ({@code ftp://user:pw@host/dir/});
 * without them the login is anonymous. The URL path is relative to the login directory (RFC 1738); the file name is
 * appended when it is empty or ends with {@code /}.
 *
 * <p>Statuses: 530 → PermissionDenied; 502/504 (command not implemented) → NotSupportedOperation; a reply that is
 * not FTP → BadMessage; anything else → UploadFailure. Uploaded only when the server confirmed the transfer (226).
 */
public final class FtpLogUploader implements LogUploader {

    private static final Logger LOG = LoggerFactory.getLogger(FtpLogUploader.class);

    private final Duration connectTimeout;
    private final Duration dataTimeout;
    private final SSLContext sslContext;

    /**
     * @param sslContext the TLS settings for ftps; null for the JVM's default
     */
    public FtpLogUploader(Duration connectTimeout, Duration dataTimeout, SSLContext sslContext) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.dataTimeout = Objects.requireNonNull(dataTimeout, "dataTimeout");
        this.sslContext = sslContext;
    }

    @Override
    public void upload(Path archive, String fileName, URI location, UploadAbort abort) throws LogUploadException {
        boolean secure = "ftps".equalsIgnoreCase(location.getScheme());
        FTPClient ftp = secure
                ? (sslContext == null ? new FTPSClient(true) : new FTPSClient(true, sslContext))
                : new FTPClient();
        ftp.setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()));
        ftp.setDefaultTimeout(Math.toIntExact(dataTimeout.toMillis()));
        ftp.setDataTimeout(dataTimeout);
        abort.onAbort(() -> disconnect(ftp));
        try {
            int port = location.getPort() > 0 ? location.getPort() : (secure ? 990 : FTP.DEFAULT_PORT);
            ftp.connect(location.getHost(), port);
            expect(ftp, FTPReply.isPositiveCompletion(ftp.getReplyCode()), "connect");
            String[] credentials = credentials(location);
            expect(ftp, ftp.login(credentials[0], credentials[1]), "login");
            if (ftp instanceof FTPSClient ftps) {
                ftps.execPBSZ(0);
                ftps.execPROT("P");
            }
            ftp.enterLocalPassiveMode();
            expect(ftp, ftp.setFileType(FTP.BINARY_FILE_TYPE), "TYPE I");
            String path = LogUploader.targetPath(relativePath(location), fileName);
            OutputStream out = ftp.storeFileStream(path);
            expect(ftp, out != null, "STOR");
            try (out;
                    InputStream in = Files.newInputStream(archive)) {
                abort.copy(in, out);
            }
            // The transfer counts only when the server confirms it received the whole file.
            expect(ftp, ftp.completePendingCommand(), "STOR completion");
            ftp.logout();
        } catch (MalformedServerReplyException e) {
            throw new LogUploadException(LogStatusEnum.BadMessage, "FTP server sent a malformed reply", e);
        } catch (IOException e) {
            if (abort.aborted()) {
                throw new LogUploadException(LogStatusEnum.UploadFailure, "upload cancelled", e);
            }
            throw new LogUploadException(LogStatusEnum.UploadFailure, "FTP upload failed: " + e, e);
        } finally {
            disconnect(ftp);
        }
    }

    private static void expect(FTPClient ftp, boolean ok, String step) throws LogUploadException {
        if (ok) {
            return;
        }
        int code = ftp.getReplyCode();
        LogStatusEnum status =
                switch (code) {
                    case 530 -> LogStatusEnum.PermissionDenied;
                    case 502, 504 -> LogStatusEnum.NotSupportedOperation;
                    default -> LogStatusEnum.UploadFailure;
                };
        throw new LogUploadException(status, "FTP " + step + " refused: " + code);
    }

    /** User and password from the URL (already percent-decoded by URI); anonymous when absent. */
    static String[] credentials(URI location) {
        String userInfo = location.getUserInfo();
        if (userInfo == null || userInfo.isEmpty()) {
            return new String[] {"anonymous", "anonymous@"};
        }
        int colon = userInfo.indexOf(':');
        return colon < 0
                ? new String[] {userInfo, ""}
                : new String[] {userInfo.substring(0, colon), userInfo.substring(colon + 1)};
    }

    private static String relativePath(URI location) {
        String path = location.getPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "";
        }
        return path.substring(1);
    }

    private static void disconnect(FTPClient ftp) {
        if (!ftp.isConnected()) {
            return;
        }
        try {
            ftp.disconnect();
        } catch (IOException e) {
            LOG.debug("Closing the FTP connection failed: {}", e.toString());
        }
    }
}
