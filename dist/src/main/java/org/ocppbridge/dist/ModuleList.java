package org.ocppbridge.dist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * The JDK modules of the image: what jdeps finds the bridge jar's classes use, plus the modules reached only
 * through a service or by reflection, which jdeps cannot see. Each addition says why.
 */
final class ModuleList {

    /**
     * jdk.crypto.ec: the SunEC provider (a service of java.base): ECDSA firmware signatures (SHA256withECDSA) and
     * EC keys and key exchange in TLS. jdk.unsupported: Gson reaches sun.misc.Unsafe by reflection for classes
     * without a no-argument constructor.
     */
    static final List<String> BEYOND_JDEPS = List.of("jdk.crypto.ec", "jdk.unsupported");

    private ModuleList() {}

    static List<String> of(Path jar) throws IOException {
        String found = Tools.run(
                        "jdeps",
                        "--print-module-deps",
                        "--ignore-missing-deps",
                        "--multi-release",
                        "17",
                        jar.toString())
                .trim();
        TreeSet<String> modules = new TreeSet<>(List.of(found.split(",")));
        if (!modules.contains("java.base")) {
            throw new IOException("jdeps printed no module list for " + jar + ": " + found);
        }
        modules.addAll(BEYOND_JDEPS);
        return List.copyOf(modules);
    }
}
