package org.ocppbridge.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ImageBuilder --jar=BRIDGE.jar --image-sources=DIR --out=IMAGE --tar=FILE.tar.gz}: the runtime image of
 * issue 18, run by the {@code dist} profile. jlink builds a Java runtime of the modules {@link ModuleList} finds;
 * the bridge jar and the launcher scripts go beside it; a {@link TrainingRun} against the simulator lists the
 * classes a station loads to boot and answer requests, and the image's own java dumps them into the class-data
 * archive {@code lib/ocpp-bridge.jsa}; then {@link TarGz} packs the image.
 */
public final class ImageBuilder {

    /** Where the bridge jar sits inside the image (the launcher and the archive both name it). */
    static final Path APP_JAR = Path.of("lib", "app", "ocpp-bridge.jar");

    static final Path ARCHIVE = Path.of("lib", "ocpp-bridge.jsa");

    private ImageBuilder() {}

    public static void main(String[] args) throws Exception {
        Path jar = null;
        Path sources = null;
        Path out = null;
        Path tar = null;
        for (String arg : args) {
            if (arg.startsWith("--jar=")) {
                jar = Path.of(arg.substring("--jar=".length()));
            } else if (arg.startsWith("--image-sources=")) {
                sources = Path.of(arg.substring("--image-sources=".length()));
            } else if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring("--out=".length()));
            } else if (arg.startsWith("--tar=")) {
                tar = Path.of(arg.substring("--tar=".length()));
            } else {
                usage("unknown argument " + arg);
            }
        }
        if (jar == null || sources == null || out == null || tar == null) {
            usage("all four arguments are needed");
        }
        if (!Files.isRegularFile(jar)) {
            usage("no bridge jar at " + jar + "; build the reactor (mvn -B -Pdist -DskipTests package)");
        }
        build(jar, sources, out.toAbsolutePath(), tar);
    }

    static void build(Path jar, Path sources, Path image, Path tar) throws Exception {
        deleteTree(image);
        Files.createDirectories(image.getParent());
        List<String> modules = ModuleList.of(jar);
        log("modules: " + String.join(",", modules));
        Tools.run(
                "jlink",
                "--add-modules",
                String.join(",", modules),
                // No debug attributes, headers or man pages on a board; not compressed, because classes outside
                // the archive would then be inflated at every start.
                "--strip-debug",
                "--no-header-files",
                "--no-man-pages",
                "--output",
                image.toString());
        Path appJar = image.resolve(APP_JAR);
        Files.createDirectories(appJar.getParent());
        Files.copy(jar, appJar, StandardCopyOption.COPY_ATTRIBUTES);
        try (Stream<Path> scripts = Files.list(sources.resolve("bin"))) {
            for (Path script : scripts.toList()) {
                Path target = image.resolve("bin").resolve(script.getFileName());
                Files.copy(script, target);
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.writeString(image.resolve("lib").resolve("ocpp-bridge.modules"), String.join("\n", modules) + "\n");
        Path classList = image.getParent().resolve("training.classlist");
        TrainingRun.listClasses(image, classList);
        dumpArchive(image, classList);
        TarGz.pack(image, "ocpp-bridge", tar);
        log("image " + image + ", archive " + Files.size(image.resolve(ARCHIVE)) / (1 << 20) + " MiB, tar.gz " + tar);
    }

    /**
     * A static archive of the trained class list, made by the image's own java with the class path the launcher
     * uses ({@code /dev/fd/9}, see bin/ocpp-bridge): the JDK's classes and the bridge's in one file.
     */
    private static void dumpArchive(Path image, Path classList) throws IOException, InterruptedException {
        Path archive = image.resolve(ARCHIVE);
        List<String> command = new ArrayList<>(List.of(
                "/bin/sh",
                "-c",
                "exec 9<\"$1\"; exec \"$2\" -Xshare:dump -Xlog:cds=error -XX:SharedClassListFile=\"$3\""
                        + " -XX:SharedArchiveFile=\"$4\" -cp /dev/fd/9",
                "dump",
                image.resolve(APP_JAR).toString(),
                image.resolve("bin").resolve("java").toString(),
                classList.toString(),
                archive.toString()));
        Tools.exec(command, image.getParent().resolve("cds-dump.log"));
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IOException("no class-data archive at " + archive + "; see cds-dump.log beside the image");
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.delete(path);
            }
        }
    }

    static void log(String line) {
        System.out.println("[image] " + line);
    }

    private static void usage(String problem) {
        System.err.println("ImageBuilder: " + problem
                + "; usage: ImageBuilder --jar=BRIDGE.jar --image-sources=DIR --out=IMAGE --tar=FILE.tar.gz");
        System.exit(2);
    }
}
