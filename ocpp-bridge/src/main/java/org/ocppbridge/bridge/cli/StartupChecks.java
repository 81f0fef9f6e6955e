package org.ocppbridge.bridge.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.ocppbridge.bridge.certificates.ClientCertificate;
import org.ocppbridge.bridge.certificates.CrlFiles;
import org.ocppbridge.bridge.certificates.PemFiles;
import org.ocppbridge.bridge.certificates.TlsContexts;
import org.ocppbridge.bridge.config.BridgeConfig;
import org.ocppbridge.bridge.config.ConfigException;
import org.ocppbridge.bridge.config.ConfigKey;
import org.ocppbridge.bridge.config.ShellCommand;

/**
 * Reads and checks every file and command given at start before anything starts (issue 15, points 6 and 7), so
 * a broken one is one line naming its flag and the fix, exit 2, and never a running bridge that fails later:
 * certificates that do not parse, a private key where a certificate belongs, a PKCS#1 client key, a key that
 * does not belong to its certificate, a file that holds no CRL, a command /bin/sh cannot parse or whose program
 * is missing or not executable. (The URL's form, the port range included, is checked when it is parsed.)
 */
final class StartupChecks {

    private StartupChecks() {}

    /** @throws ConfigException for the first value that cannot be used */
    static void check(BridgeConfig config) {
        config.csmsCa().ifPresent(file -> certificates(ConfigKey.CSMS_CA, file, "the CSMS's CA certificate(s)"));
        config.clientCert()
                .ifPresent(file -> certificates(ConfigKey.CLIENT_CERT, file, "the station's certificate chain"));
        config.clientKey().ifPresent(StartupChecks::privateKey);
        if (config.clientCert().isPresent() && config.clientKey().isPresent()) {
            try {
                TlsContexts.load(
                        config.csmsCa(),
                        Optional.of(new ClientCertificate(
                                config.clientCert().get(), config.clientKey().get())));
            } catch (IOException e) {
                throw new ConfigException(
                        ConfigKey.CLIENT_KEY.flag(),
                        e.getMessage() + "; give the key that belongs to --client-cert's first certificate");
            }
        }
        config.firmwareTrustAnchor()
                .ifPresent(file -> certificates(
                        ConfigKey.FIRMWARE_TRUST_ANCHOR, file, "the root certificate(s) firmware signers chain to"));
        config.firmwareCrl().ifPresent(StartupChecks::crls);
        config.installCommand().ifPresent(command -> ShellCommand.check(ConfigKey.INSTALL_COMMAND.flag(), command));
        config.resetCommand().ifPresent(command -> ShellCommand.check(ConfigKey.RESET_COMMAND.flag(), command));
    }

    private static void certificates(ConfigKey key, Path file, String what) {
        try {
            PemFiles.readCertificates(file);
        } catch (IOException e) {
            throw new ConfigException(key.flag(), e.getMessage() + "; give a PEM file of " + what);
        }
    }

    private static void privateKey(Path file) {
        try {
            PemFiles.readPrivateKey(file);
        } catch (IOException e) {
            // PemFiles' message already says how to convert a PKCS#1/SEC1 or encrypted key.
            throw new ConfigException(ConfigKey.CLIENT_KEY.flag(), e.getMessage());
        }
    }

    private static void crls(Path fileOrDirectory) {
        try {
            CrlFiles.read(fileOrDirectory);
        } catch (IOException e) {
            throw new ConfigException(
                    ConfigKey.FIRMWARE_CRL.flag(),
                    e.getMessage() + "; give CRL files (PEM or DER) or a folder of them");
        }
    }
}
