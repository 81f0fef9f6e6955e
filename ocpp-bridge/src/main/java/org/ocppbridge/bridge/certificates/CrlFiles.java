package org.ocppbridge.bridge.certificates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the CRLs of {@code --firmware-crl}: one file (PEM or DER, one or more CRLs) or a directory of such files. */
public final class CrlFiles {

    private CrlFiles() {}

    /**
     * Every CRL of a file, or of every regular file of a directory (sorted by name).
     *
     * @throws IOException naming the file that holds no CRL or cannot be parsed
     */
    public static List<X509CRL> read(Path fileOrDirectory) throws IOException {
        List<X509CRL> crls = new ArrayList<>();
        if (Files.isDirectory(fileOrDirectory)) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(fileOrDirectory)) {
                files = listing.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                crls.addAll(readFile(file));
            }
        } else {
            crls.addAll(readFile(fileOrDirectory));
        }
        return crls;
    }

    /** The CRLs of one stream (PEM or DER), e.g. a distribution point's answer; may be none. */
    public static List<X509CRL> parse(InputStream in) throws GeneralSecurityException {
        List<X509CRL> crls = new ArrayList<>();
        for (CRL crl : CertificateFactory.getInstance("X.509").generateCRLs(in)) {
            crls.add((X509CRL) crl);
        }
        return crls;
    }

    private static List<X509CRL> readFile(Path file) throws IOException {
        List<X509CRL> crls;
        try (InputStream in = Files.newInputStream(file)) {
            crls = parse(in);
        } catch (GeneralSecurityException | RuntimeException e) {
            // The JDK's parser throws unchecked exceptions on some garbage; either way the file is no CRL.
            throw new IOException(file + ": not a CRL in PEM ('-----BEGIN X509 CRL-----') or DER", e);
        }
        if (crls.isEmpty()) {
            throw new IOException(file + ": holds no CRL (PEM '-----BEGIN X509 CRL-----' or DER)");
        }
        return crls;
    }
}
