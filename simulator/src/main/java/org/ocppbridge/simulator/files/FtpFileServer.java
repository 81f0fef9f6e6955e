package org.ocppbridge.simulator.files;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * A real FTP server on 127.0.0.1 (Apache FtpServer) for firmware downloads and log uploads: one user with a
 * password, one root directory, passive mode only, uploads allowed. The control port is bound to 0; read the
 * real one with {@link #port()} or {@link #uri(String)}.
 */
public final class FtpFileServer implements AutoCloseable {

    private static final String LISTENER = "default";

    private final FtpServer server;
    private final Listener listener;
    private final Path root;
    private final String user;
    private final String password;

    private FtpFileServer(FtpServer server, Listener listener, Path root, String user, String password) {
        this.server = server;
        this.listener = listener;
        this.root = root;
        this.user = user;
        this.password = password;
    }

    /** Starts a server whose only user {@code user}/{@code password} sees {@code root} and may write to it. */
    public static FtpFileServer start(Path root, String user, String password) throws FtpException {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("root is not a directory: " + root);
        }
        FtpServerFactory serverFactory = new FtpServerFactory();
        serverFactory.setUserManager(userManager(root, user, password));

        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setActiveEnabled(false); // passive only: what the bridge's clients use
        data.setPassiveAddress("127.0.0.1");
        data.setPassiveExternalAddress("127.0.0.1");
        data.setPassivePorts("0"); // any free port, chosen by the OS

        ListenerFactory listenerFactory = new ListenerFactory();
        listenerFactory.setServerAddress("127.0.0.1");
        listenerFactory.setPort(0);
        listenerFactory.setIdleTimeout(30);
        listenerFactory.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        serverFactory.addListener(LISTENER, listenerFactory.createListener());

        FtpServer server = serverFactory.createServer();
        server.start();
        Listener listener = serverFactory.getListener(LISTENER);
        return new FtpFileServer(server, listener, root, user, password);
    }

    private static UserManager userManager(Path root, String user, String password) throws FtpException {
        PropertiesUserManagerFactory factory = new PropertiesUserManagerFactory();
        factory.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager manager = factory.createUserManager(); // no file: users live in memory only
        BaseUser account = new BaseUser();
        account.setName(user);
        account.setPassword(password);
        account.setHomeDirectory(root.toAbsolutePath().toString());
        account.setAuthorities(List.<Authority>of(new WritePermission()));
        manager.save(account);
        return manager;
    }

    /** The bound control port. */
    public int port() {
        return listener.getPort();
    }

    /** The directory the user sees as {@code /}. */
    public Path root() {
        return root;
    }

    /** {@code ftp://user:password@127.0.0.1:port/path} (user and password percent-encoded), path under the root. */
    public URI uri(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return URI.create("ftp://" + encode(user) + ":" + encode(password) + "@127.0.0.1:" + port() + "/" + relative);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    @Override
    public void close() {
        server.stop();
    }
}
