package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/**
 * An FTP RETR in passive, binary mode (Apache Commons Net). User and password come from the URL's user info,
 * anonymous otherwise. The size comes from the SIZE command when the server supports it.
 */
final class FtpTransfer implements FirmwareTransfer {

    private final FTPClient client;
    private final InputStream body;
    private final long size;

    private FtpTransfer(FTPClient client, InputStream body, long size) {
        this.client = client;
        this.body = body;
        this.size = size;
    }

    static FtpTransfer open(URI uri, Duration timeout) throws IOException {
        FTPClient client = new FTPClient();
        client.setConnectTimeout((int) timeout.toMillis());
        client.setDefaultTimeout((int) timeout.toMillis());
        client.setDataTimeout(timeout);
        try {
            client.connect(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : FTP.DEFAULT_PORT);
            client.setSoTimeout((int) timeout.toMillis());
            if (!FTPReply.isPositiveCompletion(client.getReplyCode())) {
                throw new IOException("FTP server refused the connection: " + client.getReplyCode());
            }
            String[] credentials = credentials(uri);
            if (!client.login(credentials[0], credentials[1])) {
                throw new IOException("FTP login refused: " + client.getReplyCode());
            }
            client.enterLocalPassiveMode();
            if (!client.setFileType(FTP.BINARY_FILE_TYPE)) {
                throw new IOException("FTP binary mode refused: " + client.getReplyCode());
            }
            String path = uri.getPath();
            long size = parseSize(client.getSize(path));
            InputStream body = client.retrieveFileStream(path);
            if (body == null) {
                throw new IOException("FTP RETR refused: " + client.getReplyCode());
            }
            return new FtpTransfer(client, body, size);
        } catch (IOException e) {
            disconnect(client);
            throw e;
        }
    }

    private static String[] credentials(URI uri) {
        String info = uri.getRawUserInfo();
        if (info == null) {
            return new String[] {"anonymous", "ocpp-bridge@"};
        }
        int colon = info.indexOf(':');
        String user = colon < 0 ? info : info.substring(0, colon);
        String password = colon < 0 ? "" : info.substring(colon + 1);
        return new String[] {
            URLDecoder.decode(user, StandardCharsets.UTF_8), URLDecoder.decode(password, StandardCharsets.UTF_8)
        };
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

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public long expectedLength() {
        return size;
    }

    @Override
    public void finish() throws IOException {
        body.close();
        if (!client.completePendingCommand()) { // 226 means the server sent the whole file
            throw new IOException("FTP transfer not completed: " + client.getReplyString());
        }
    }

    @Override
    public void abort() {
        // The data connection is a socket of its own: closing it is what breaks a blocked read.
        try {
            body.close();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(FtpTransfer.class).debug("FTP data close: {}", e.toString());
        }
        disconnect(client);
    }

    @Override
    public void close() {
        disconnect(client);
    }

    private static void disconnect(FTPClient client) {
        if (!client.isConnected()) {
            return;
        }
        try {
            client.disconnect();
        } catch (IOException e) {
            // Closing after a failed or finished transfer; nothing left to save, the transfer's own
            // outcome was already decided.
            org.slf4j.LoggerFactory.getLogger(FtpTransfer.class).debug("FTP disconnect: {}", e.toString());
        }
    }
}
