package org.ocppbridge.bench;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.pki.FirmwareSigner;
import org.ocppbridge.simulator.pki.KeyType;
import org.ocppbridge.simulator.pki.Pem;
import org.ocppbridge.simulator.pki.TestPki;

/**
 * A signed 256 MiB image served on loopback: UpdateFirmware → FirmwareStatusNotification(SignatureVerified),
 * against {@code curl -o f URL && openssl dgst -sha256 -verify pub.pem -signature sig.bin f} on the same file from
 * the same server. Then a 1 GiB image with the bridge's heap at 64 MiB: it must verify, and its peak RSS is kept.
 */
final class FirmwareBench {

    private static final long MIB = 1 << 20;
    private static final Duration WAIT = Duration.ofSeconds(120);

    private final BenchContext context;
    private final Optional<Path> beforeJar;

    /** @param beforeJar a second bridge jar measured in the same runs, each of its runs beside one of the bridge's */
    FirmwareBench(BenchContext context, Optional<Path> beforeJar) {
        this.context = context;
        this.beforeJar = beforeJar;
    }

    List<Row> run() throws Exception {
        int reps = context.quick() ? 1 : 3;
        Path dir = context.dir("firmware");
        TestPki pki = TestPki.create("bench firmware root");
        FirmwareSigner signer = pki.issueSigner(KeyType.RSA);
        Path anchor = Pem.write(dir.resolve("root.pem"), pki.rootPem());
        Path publicKey = Pem.write(
                dir.resolve("pub.pem"),
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(
                                        signer.certificate().getPublicKey().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        List<Row> rows = new ArrayList<>();
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start();
                FirmwareFileServer server = FirmwareFileServer.start()) {
            Image image = image(dir, "fw-256m.bin", 256 * MIB, signer, server);
            double[] baseline = new double[reps];
            double[] recommended = new double[reps];
            double[] defaults = new double[reps];
            double[] firstStatus = new double[reps];
            double[] firstGet = new double[reps];
            double[] beforeFirstGet = new double[reps];
            double[] before = new double[reps];
            double[] beforeFirstStatus = new double[reps];
            long peakRecommended = 0;
            for (int i = 0; i < reps; i++) {
                baseline[i] = curlOpenssl(dir, image, publicKey);
                Result def = bridge(csms, anchor, signer, image, List.of(), context.bridgeJar());
                defaults[i] = def.millis();
                // With a jar before, the two take turns at going first, so neither always meets a warmer server.
                boolean beforeFirst = beforeJar.isPresent() && i % 2 == 1;
                Result old = beforeFirst ? before(csms, anchor, signer, image) : null;
                Result rec = bridge(
                        csms, anchor, signer, image, context.recommendedWithHeap("-Xmx64m"), context.bridgeJar());
                recommended[i] = rec.millis();
                firstStatus[i] = rec.downloadingMillis();
                firstGet[i] = rec.getMillis();
                peakRecommended = Math.max(peakRecommended, rec.peakRssKib());
                if (beforeJar.isPresent()) {
                    old = beforeFirst ? old : before(csms, anchor, signer, image);
                    before[i] = old.millis();
                    beforeFirstStatus[i] = old.downloadingMillis();
                    beforeFirstGet[i] = old.getMillis();
                }
            }
            Files.delete(image.file());
            double base = Stats.median(baseline);
            rows.add(row(
                    "256 MiB signed firmware → SignatureVerified (default JVM flags)",
                    Stats.median(defaults),
                    base,
                    reps));
            rows.add(row(
                    "256 MiB signed firmware → SignatureVerified (recommended flags, -Xmx64m)",
                    Stats.median(recommended),
                    base,
                    reps));
            rows.add(new Row(
                    "UpdateFirmware → FirmwareStatusNotification(Downloading), the work before the transfer"
                            + " (recommended flags), median",
                    Row.ms(Stats.median(firstStatus)),
                    "-",
                    Double.NaN,
                    "-",
                    "-"));
            rows.add(new Row(
                    "UpdateFirmware → the image's GET at the file server, the time before the first byte"
                            + " (recommended flags), median",
                    Row.ms(Stats.median(firstGet)),
                    "-",
                    Double.NaN,
                    "-",
                    "-"));
            if (beforeJar.isPresent()) {
                String label = " (recommended flags, -Xmx64m; the jar before: " + beforeJar.get() + ")";
                rows.add(row("256 MiB signed firmware → SignatureVerified" + label, Stats.median(before), base, reps));
                rows.add(new Row(
                        "UpdateFirmware → FirmwareStatusNotification(Downloading)" + label + ", median",
                        Row.ms(Stats.median(beforeFirstStatus)),
                        "-",
                        Double.NaN,
                        "-",
                        "-"));
                rows.add(new Row(
                        "UpdateFirmware → the image's GET at the file server" + label + ", median",
                        Row.ms(Stats.median(beforeFirstGet)),
                        "-",
                        Double.NaN,
                        "-",
                        "-"));
            }
            rows.add(new Row(
                    "256 MiB firmware: bridge peak RSS (recommended flags, -Xmx64m)",
                    Row.mib(peakRecommended),
                    "-",
                    Double.NaN,
                    "-",
                    "-"));

            Image big = image(dir, "fw-1g.bin", 1024 * MIB, signer, server);
            Result gig = bridge(csms, anchor, signer, big, context.recommendedWithHeap("-Xmx64m"), context.bridgeJar());
            Files.delete(big.file());
            rows.add(new Row(
                    "1 GiB signed firmware verified with -Xmx64m (recommended flags)",
                    Row.ms(gig.millis()) + ", peak RSS " + Row.mib(gig.peakRssKib()),
                    "-",
                    Double.NaN,
                    "verifies with -Xmx64m",
                    Row.yesNo(gig.verified())));
        }
        return rows;
    }

    private Result before(CsmsSimulator csms, Path anchor, FirmwareSigner signer, Image image) throws Exception {
        return bridge(csms, anchor, signer, image, context.recommendedWithHeap("-Xmx64m"), beforeJar.orElseThrow());
    }

    private static Row row(String metric, double bridge, double baseline, int reps) {
        return new Row(
                metric + (reps > 1 ? ", median of " + reps : ""),
                Row.ms(bridge),
                Row.ms(baseline) + " (curl + openssl dgst)",
                bridge / baseline,
                "≤ 0.8×",
                Row.yesNo(bridge <= 0.8 * baseline));
    }

    private static Image image(Path dir, String name, long size, FirmwareSigner signer, FirmwareFileServer server)
            throws Exception {
        Path file = TestFiles.randomFile(dir.resolve(name), size, size);
        String signature = signer.signBase64(file);
        Path sig = dir.resolve(name + ".sig");
        Files.write(sig, Base64.getDecoder().decode(signature));
        return new Image(file, sig, signature, server.serve("/" + name, file).toString(), server);
    }

    private static double curlOpenssl(Path dir, Image image, Path publicKey) throws Exception {
        Path target = dir.resolve("curl-download.bin");
        settleDisk();
        long nanos = Shell.time("curl -sf -o " + Shell.quote(target) + " " + Shell.quote(image.url())
                + " && openssl dgst -sha256 -verify " + Shell.quote(publicKey) + " -signature "
                + Shell.quote(image.signatureFile()) + " " + Shell.quote(target));
        Files.delete(target);
        return Stats.millis(nanos);
    }

    private Result bridge(
            CsmsSimulator csms, Path anchor, FirmwareSigner signer, Image image, List<String> flags, Path jar)
            throws Exception {
        String stationId = context.stationId("fw");
        Path dir = context.dir(stationId);
        try {
            return bridge(csms, anchor, signer, image, flags, jar, stationId, dir);
        } finally {
            dropImages(dir.resolve("data"));
        }
    }

    private Result bridge(
            CsmsSimulator csms,
            Path anchor,
            FirmwareSigner signer,
            Image image,
            List<String> flags,
            Path jar,
            String stationId,
            Path dir)
            throws Exception {
        try (BridgeProcess bridge = BridgeProcess.start(
                jar,
                flags,
                BenchContext.bridgeArgs(
                        csms.url(),
                        stationId,
                        dir.resolve("data"),
                        dir.resolve("logs"),
                        "--firmware-trust-anchor=" + anchor),
                dir.resolve("bridge.out"))) {
            StationConnection station = bridge.awaitIdleAfterBoot(csms, Duration.ofSeconds(30));
            JsonObject firmware = new JsonObject();
            firmware.addProperty("location", image.url());
            firmware.addProperty(
                    "retrieveDateTime",
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            firmware.addProperty("signingCertificate", signer.certificatePem());
            firmware.addProperty("signature", image.signature());
            JsonObject request = new JsonObject();
            request.addProperty("requestId", 1);
            request.add("firmware", firmware);
            settleDisk();
            long start = System.nanoTime();
            double downloading = Double.NaN;
            CallOutcome outcome = station.call("UpdateFirmware", request, Duration.ofSeconds(10));
            if (!outcome.payload().has("status")
                    || !outcome.payload().get("status").getAsString().equals("Accepted")) {
                throw new IllegalStateException("UpdateFirmware not accepted: " + outcome);
            }
            while (true) {
                IncomingCall call = station.nextCall(WAIT);
                if (!call.action().equals("FirmwareStatusNotification")) {
                    continue;
                }
                String status = call.payload().get("status").getAsString();
                if (status.equals("Downloading") && Double.isNaN(downloading)) {
                    downloading = Stats.millis(System.nanoTime() - start);
                }
                if (status.equals("SignatureVerified")) {
                    double millis = Stats.millis(System.nanoTime() - start);
                    double get = Stats.millis(image.lastRequestNanos() - start);
                    return new Result(millis, downloading, get, bridge.peakRssKib(), true);
                }
                if (!status.equals("Downloading") && !status.equals("Downloaded")) {
                    throw new IllegalStateException("firmware ended in " + status + "; see " + bridge.output());
                }
            }
        }
    }

    /**
     * Every timed run starts with nothing to write back: the image an earlier run left (256 MiB of dirty pages) is
     * otherwise flushed by the kernel while the next run downloads, a cost no run should carry for another.
     */
    private static void settleDisk() throws IOException, InterruptedException {
        Shell.run("sync");
    }

    /**
     * The bridge's downloaded image (under {@code <data-dir>/firmware/}) is not needed after its run; deleting it
     * keeps the disk and the cache free. Says so when there was none (an install may have removed it already).
     */
    private static void dropImages(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        List<Path> images;
        try (var files = Files.walk(dataDir)) {
            images = files.filter(p -> p.getFileName().toString().endsWith(".bin"))
                    .toList();
        }
        for (Path image : images) {
            Files.deleteIfExists(image);
        }
        if (images.isEmpty()) {
            System.err.println("[bench] no downloaded image under " + dataDir + " to delete");
        }
    }

    private record Image(Path file, Path signatureFile, String signature, String url, FirmwareFileServer server) {

        /** When the server last saw this image's GET (System.nanoTime of this JVM). */
        long lastRequestNanos() {
            return server.lastRequestNanos(java.net.URI.create(url).getPath()).orElseThrow();
        }
    }

    private record Result(
            double millis, double downloadingMillis, double getMillis, long peakRssKib, boolean verified) {}
}
