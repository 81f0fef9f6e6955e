package org.ocppbridge.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.ocppbridge.simulator.demo.Demo;

/**
 * The training run behind the class-data archive: the simulator's demo (boot, a signed firmware update with its
 * reboot, a log upload, a reset) against the image's own launcher, with the JVM writing every class it loads to
 * a class list. What a station does in its first minutes on a board is what the archive then holds.
 */
final class TrainingRun {

    private TrainingRun() {}

    static void listClasses(Path image, Path classList) throws Exception {
        Files.deleteIfExists(classList);
        // The demo splits its station command at spaces and passes no environment: a small wrapper sets the
        // JVM option (JDK_JAVA_OPTIONS is read by java itself) and runs the launcher with the demo's arguments.
        Path wrapper = image.getParent().resolve("training-station.sh");
        Files.writeString(
                wrapper,
                "#!/bin/sh\n"
                        + "JDK_JAVA_OPTIONS=\"-XX:DumpLoadedClassList=" + classList + "\"\n"
                        + "export JDK_JAVA_OPTIONS\n"
                        + "exec \"" + image.resolve("bin").resolve("ocpp-bridge") + "\" \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        int code = new Demo(System.out).run(wrapper.toString());
        if (code != 0) {
            throw new IOException(
                    "the training run (the simulator's demo against the image) failed; its" + " timeline is above");
        }
        if (!Files.isRegularFile(classList) || Files.size(classList) == 0) {
            throw new IOException("the training run wrote no class list at " + classList);
        }
        ImageBuilder.log("training run: " + Files.readAllLines(classList).size() + " classes listed");
    }
}
