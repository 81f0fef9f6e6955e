package org.ocppbridge.bridge.testing;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.pki.FirmwareSigner;
import org.ocppbridge.simulator.pki.KeyType;
import org.ocppbridge.simulator.pki.Pem;
import org.ocppbridge.simulator.pki.TestPki;

/**
 * A random firmware image served at {@code /fw.bin} by a real HTTP server on 127.0.0.1, a maker's root written as
 * the bridge's trust anchor, and a signer under it: what a wire test of the built-in system's firmware path needs
 * before the bridge starts. Closing releases a held (SLOW) download and stops the server.
 */
public final class SignedFirmware implements AutoCloseable {

    public final FirmwareFileServer http;
    public final FirmwareSigner signer;
    /** The PEM file to give the bridge as {@code firmware-trust-anchor}. */
    public final Path trustAnchor;

    private final Path image;

    private SignedFirmware(FirmwareFileServer http, FirmwareSigner signer, Path trustAnchor, Path image) {
        this.http = http;
        this.signer = signer;
        this.trustAnchor = trustAnchor;
        this.image = image;
    }

    /** Writes the anchor and an image of {@code imageSize} random bytes into {@code dir} and serves the image. */
    public static SignedFirmware serve(Path dir, KeyType keyType, int imageSize) throws Exception {
        TestPki pki = TestPki.create("Maker Firmware Root");
        FirmwareSigner signer = pki.issueSigner(keyType);
        Path anchor = Pem.write(dir.resolve("trust-anchor.pem"), pki.rootPem());
        Path image = RandomFiles.write(dir.resolve("fw.bin"), imageSize);
        FirmwareFileServer http = FirmwareFileServer.start();
        http.serve("/fw.bin", image);
        return new SignedFirmware(http, signer, anchor, image);
    }

    /** The served image's URL. */
    public String location() {
        return http.uri("/fw.bin").toString();
    }

    /**
     * An UpdateFirmware for {@code location}: retrieved from {@code retrieve}, installed from {@code installDateTime}
     * when given, and with the served image's signature by {@code by} (none when {@code by} is null).
     */
    public JsonObject updateFirmware(
            int requestId, String location, FirmwareSigner by, Instant retrieve, String installDateTime)
            throws Exception {
        JsonObject firmware = new JsonObject();
        firmware.addProperty("location", location);
        firmware.addProperty("retrieveDateTime", retrieve.toString());
        if (installDateTime != null) {
            firmware.addProperty("installDateTime", installDateTime);
        }
        if (by != null) {
            firmware.addProperty("signingCertificate", by.certificatePem());
            firmware.addProperty("signature", by.signBase64(image));
        }
        JsonObject request = new JsonObject();
        request.addProperty("requestId", requestId);
        request.add("firmware", firmware);
        return request;
    }

    @Override
    public void close() {
        http.release();
        http.close();
    }
}
