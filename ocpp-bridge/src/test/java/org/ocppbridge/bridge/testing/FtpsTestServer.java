package org.ocppbridge.bridge.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.ClientAuth;
import org.apache.ftpserver.ssl.SslConfiguration;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * A real FTPS server on 127.0.0.1 (Apache FtpServer) speaking implicit TLS, as an {@code ftps://} URL means: the
 * TLS handshake first on the control port, the data connections protected too (PROT P). One user with a password,
 * one root directory, passive mode only, uploads allowed; the certificate is the test PKI's. Port 0; read
 * {@link #uri(String)}.
 */
public final class FtpsTestServer implements AutoCloseable {

    private static final String LISTENER = "ftps";

    private final FtpServer server;
    private final Listener listener;
    private final String user;
    private final String password;

    private FtpsTestServer(FtpServer server, Listener listener, String user, String password) {
        this.server = server;
        this.listener = listener;
        this.user = user;
        this.password = password;
    }

    /** Starts a server presenting {@code certificate} (issued by {@code ca}) whose only user sees {@code root}. */
    public static FtpsTestServer start(
            Path root, String user, String password, TestPki.Issued certificate, TestPki.Issued ca) throws Exception {
        SslConfiguration tls = new Tls(TestPki.serverContext(certificate, ca, ca));
        FtpServerFactory serverFactory = new FtpServerFactory();
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        var manager = users.createUserManager();
        BaseUser account = new BaseUser();
        account.setName(user);
        account.setPassword(password);
        account.setHomeDirectory(root.toAbsolutePath().toString());
        account.setAuthorities(List.<Authority>of(new WritePermission()));
        manager.save(account);
        serverFactory.setUserManager(manager);

        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setActiveEnabled(false);
        data.setPassiveAddress("127.0.0.1");
        data.setPassiveExternalAddress("127.0.0.1");
        data.setPassivePorts("0");
        data.setSslConfiguration(tls);

        ListenerFactory listenerFactory = new ListenerFactory();
        listenerFactory.setServerAddress("127.0.0.1");
        listenerFactory.setPort(0);
        listenerFactory.setIdleTimeout(30);
        listenerFactory.setSslConfiguration(tls);
        listenerFactory.setImplicitSsl(true);
        listenerFactory.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        serverFactory.addListener(LISTENER, listenerFactory.createListener());

        FtpServer server = serverFactory.createServer();
        server.start();
        return new FtpsTestServer(server, serverFactory.getListener(LISTENER), user, password);
    }

    /** {@code ftps://user:password@127.0.0.1:port/path} (user and password percent-encoded). */
    public URI uri(String path) {
        return uri(user, password, path);
    }

    /** The same server with other credentials (e.g. a wrong password). */
    public URI uri(String user, String password, String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return URI.create("ftps://" + encode(user) + ":" + encode(password) + "@127.0.0.1:" + listener.getPort() + "/"
                + relative);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The server side of TLS: the test PKI's context, no client certificate asked. */
    private record Tls(SSLContext context) implements SslConfiguration {
        @Override
        public SSLSocketFactory getSocketFactory() {
            return context.getSocketFactory();
        }

        @Override
        public SSLContext getSSLContext() {
            return context;
        }

        @Override
        public SSLContext getSSLContext(String protocol) throws GeneralSecurityException {
            return context;
        }

        @Override
        public String[] getEnabledCipherSuites() {
            return null; // the JDK's defaults
        }

        @Override
        public String getEnabledProtocol() {
            return "TLSv1.2";
        }

        @Override
        public ClientAuth getClientAuth() {
            return ClientAuth.NONE;
        }
    }
}
