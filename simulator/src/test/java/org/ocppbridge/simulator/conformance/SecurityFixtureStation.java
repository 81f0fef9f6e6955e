package org.ocppbridge.simulator.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.protocols.Protocol;
import org.ocppbridge.simulator.pki.CertificateHashData;

/**
 * A small station that implements the security plane (A01 password, A02 station certificate, M03–M05 CA
 * certificates) over a real WebSocket, ws:// with Basic auth or wss:// with a client certificate as its launch
 * flags say, with one deliberate {@link Fault} or none: the proof that the security cases pass a correct station
 * and fail a broken one. Uses the JDK and Bouncy Castle only (it is not the bridge).
 */
final class SecurityFixtureStation implements StationLauncher.Running {

    enum Fault {
        /** A correct station. */
        NONE,
        /** Accepts a new BasicAuthPassword, then reconnects with the old one (TC_A_09). */
        KEEPS_OLD_PASSWORD,
        /** Installs any certificate, expired ones too (TC_M_07). */
        INSTALLS_ANY_ROOT,
        /** Deletes its own station certificate when asked (TC_M_23). */
        DELETES_STATION_CERTIFICATE,
        /** Accepts a signed certificate, reconnects, and presents the previous one again (TC_A_11, A02.FR.08). */
        KEEPS_OLD_CERTIFICATE,
        /** Resends a SignCertificateRequest CertSigningRepeatTimes times, one fewer than TC_A_23 counts. */
        RESENDS_REPEAT_TIMES_ONLY
    }

    private record Installed(String type, X509Certificate certificate) {}

    static StationLauncher launcher(Fault fault) {
        return spec -> new SecurityFixtureStation(spec, fault).connect();
    }

    private final LaunchSpec spec;
    private final Fault fault;
    private final Map<String, String> flags = new HashMap<>();
    private final ScheduledExecutorService worker =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "security-fixture"));
    private final TestStationCalls calls = new TestStationCalls("s-");
    private final List<Installed> installed = new ArrayList<>();
    private volatile String password;
    private volatile X509Certificate stationCertificate;
    private volatile KeyPair csrKeys;
    /** SecurityCtrlr.CertSigningWaitMinimum (s) and CertSigningRepeatTimes, as SetVariables left them. */
    private volatile int signWaitSeconds = 60;

    private volatile int signRepeatTimes = 3;
    /** The next SignCertificateRequest resend (worker), cancelled by an accepted CertificateSigned. */
    private volatile ScheduledFuture<?> resend;

    private volatile Client client;
    /** Set by close(): a connection that ends then is not made again. */
    private volatile boolean stopping;
    /** What to do once the current CALL's answer has left (reply first, act second). */
    private volatile Runnable afterReply;

    private SecurityFixtureStation(LaunchSpec spec, Fault fault) {
        this.spec = spec;
        this.fault = fault;
        List<String> extra = spec.extraFlags();
        for (int i = 0; i + 1 < extra.size(); i += 2) {
            flags.put(extra.get(i), extra.get(i + 1));
        }
        password = flags.get("--basic-auth-password");
    }

    private SecurityFixtureStation connect() {
        worker.execute(() -> {
            try {
                Client next = new Client(URI.create(spec.csmsUrl() + "/" + spec.stationId()));
                if (password != null) {
                    String token = Base64.getEncoder()
                            .encodeToString((spec.stationId() + ":" + password).getBytes(StandardCharsets.UTF_8));
                    next.addHeader("Authorization", "Basic " + token);
                }
                if (spec.csmsUrl().startsWith("wss:")) {
                    next.setSocketFactory(tls().getSocketFactory());
                }
                client = next;
                if (!next.connectBlocking(5, TimeUnit.SECONDS)) {
                    return;
                }
                JsonObject station = new JsonObject();
                station.addProperty("model", "security");
                station.addProperty("vendorName", "fixture");
                JsonObject boot = new JsonObject();
                boot.add("chargingStation", station);
                boot.addProperty("reason", "PowerUp");
                call("BootNotification", boot);
                call("SecurityEventNotification", event("StartupOfTheDevice"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException("the fixture cannot connect", e);
            }
        });
        return this;
    }

    /** TLS trusting only --csms-ca and presenting --client-cert (host names verified by Java-WebSocket). */
    private SSLContext tls() throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(
                "csms", factory.generateCertificate(Files.newInputStream(Path.of(flags.get("--csms-ca")))));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        X509Certificate certificate = (X509Certificate)
                factory.generateCertificate(Files.newInputStream(Path.of(flags.get("--client-cert"))));
        String keyPem = Files.readString(Path.of(flags.get("--client-key")));
        byte[] der = Base64.getMimeDecoder()
                .decode(keyPem.replaceAll("-----[A-Z ]+-----", "").trim());
        PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        if (stationCertificate != null && fault != Fault.KEEPS_OLD_CERTIFICATE) {
            certificate = stationCertificate; // A02.FR.08: the certificate the CSMS signed, with the CSR's key
            key = csrKeys.getPrivate();
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("client", key, new char[0], new X509Certificate[] {certificate});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, new char[0]);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), new SecureRandom());
        return context;
    }

    private JsonObject handle(String action, JsonObject request) throws Exception {
        return switch (action) {
            case "SetVariables" -> setVariables(request);
            case "InstallCertificate" -> install(request);
            case "GetInstalledCertificateIds" -> list(request);
            case "DeleteCertificate" -> delete(request);
            case "TriggerMessage" -> trigger(request);
            case "CertificateSigned" -> signed(request);
            default -> null;
        };
    }

    private JsonObject setVariables(JsonObject request) {
        JsonObject data = request.getAsJsonArray("setVariableData").get(0).getAsJsonObject();
        String value = data.get("attributeValue").getAsString();
        String name = data.getAsJsonObject("variable").get("name").getAsString();
        boolean signing = name.equals("CertSigningWaitMinimum") || name.equals("CertSigningRepeatTimes");
        boolean fits = signing ? value.matches("[0-9]{1,5}") : value.length() >= 16 && value.length() <= 40;
        if (signing && fits) {
            if (name.equals("CertSigningWaitMinimum")) {
                signWaitSeconds = Integer.parseInt(value);
            } else {
                signRepeatTimes = Integer.parseInt(value);
            }
        }
        JsonObject result = new JsonObject();
        result.addProperty("attributeStatus", fits ? "Accepted" : "Rejected");
        result.add("component", data.get("component"));
        result.add("variable", data.get("variable"));
        JsonArray results = new JsonArray();
        results.add(result);
        JsonObject response = new JsonObject();
        response.add("setVariableResult", results);
        if (fits && name.equals("BasicAuthPassword")) {
            if (fault != Fault.KEEPS_OLD_PASSWORD) {
                password = value;
            }
            // The new password takes effect on a new connection: made first, then the old one is closed (closing
            // first could lose the answer that was just queued).
            afterReply = () -> {
                Client old = client;
                connect();
                worker.execute(old::close);
            };
        }
        return response;
    }

    private JsonObject install(JsonObject request) throws Exception {
        String type = request.get("certificateType").getAsString();
        X509Certificate certificate = certificate(request.get("certificate").getAsString());
        boolean ok = (type.equals("CSMSRootCertificate") || type.equals("ManufacturerRootCertificate"))
                && certificate.getBasicConstraints() >= 0
                && validNow(certificate);
        if (ok || fault == Fault.INSTALLS_ANY_ROOT) {
            synchronized (installed) {
                installed.add(new Installed(type, certificate));
            }
        }
        return status(ok || fault == Fault.INSTALLS_ANY_ROOT ? "Accepted" : "Rejected");
    }

    private JsonObject list(JsonObject request) {
        List<String> types = new ArrayList<>();
        if (request.has("certificateType")) {
            request.getAsJsonArray("certificateType").forEach(t -> types.add(t.getAsString()));
        }
        JsonArray chain = new JsonArray();
        synchronized (installed) {
            for (Installed each : installed) {
                if (types.isEmpty() || types.contains(each.type())) {
                    JsonObject entry = new JsonObject();
                    entry.add("certificateHashData", CertificateHashData.ofRoot(each.certificate()));
                    entry.addProperty("certificateType", each.type());
                    chain.add(entry);
                }
            }
        }
        if (chain.isEmpty()) {
            return status("NotFound");
        }
        JsonObject response = status("Accepted");
        response.add("certificateHashDataChain", chain);
        return response;
    }

    private JsonObject delete(JsonObject request) throws Exception {
        JsonObject hash = request.getAsJsonObject("certificateHashData");
        X509Certificate station = stationCertificate;
        if (station != null) {
            X509Certificate ca = certificate(Files.readString(Path.of(flags.get("--csms-ca"))));
            if (CertificateHashData.same(CertificateHashData.sha256(station, ca.getPublicKey()), hash)) {
                if (fault == Fault.DELETES_STATION_CERTIFICATE) {
                    stationCertificate = null;
                    return status("Accepted");
                }
                return status("Failed");
            }
        }
        synchronized (installed) {
            boolean removed = installed.removeIf(
                    each -> CertificateHashData.same(CertificateHashData.ofRoot(each.certificate()), hash));
            return status(removed ? "Accepted" : "NotFound");
        }
    }

    private JsonObject trigger(JsonObject request) {
        String message = request.get("requestedMessage").getAsString();
        if (message.equals("Heartbeat")) {
            worker.execute(() -> call("Heartbeat", new JsonObject()));
            return status("Accepted");
        }
        if (!message.equals("SignChargingStationCertificate")) {
            return status("NotImplemented");
        }
        worker.execute(() -> {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair keys = generator.generateKeyPair();
                csrKeys = keys;
                var csr = new JcaPKCS10CertificationRequestBuilder(
                                new X500Name("O=Fixture,CN=" + spec.stationId()), keys.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
                StringWriter text = new StringWriter();
                try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
                    writer.writeObject(csr);
                }
                String pem = text.toString();
                sendCsr(pem);
                resendLater(pem, 0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return status("Accepted");
    }

    private void sendCsr(String csr) {
        JsonObject sign = new JsonObject();
        sign.addProperty("csr", csr);
        sign.addProperty("certificateType", "ChargingStationCertificate");
        call("SignCertificate", sign);
    }

    /** A02.FR.17/18: the same CSR again after W·2^doubling, the wait doubling CertSigningRepeatTimes times. */
    private void resendLater(String csr, int doubling) {
        int doublings = fault == Fault.RESENDS_REPEAT_TIMES_ONLY ? signRepeatTimes - 1 : signRepeatTimes;
        if (doubling > doublings) {
            return;
        }
        resend = worker.schedule(
                () -> {
                    sendCsr(csr);
                    resendLater(csr, doubling + 1);
                },
                (long) signWaitSeconds << doubling,
                TimeUnit.SECONDS);
    }

    private JsonObject signed(JsonObject request) throws Exception {
        X509Certificate leaf = certificate(request.get("certificateChain").getAsString());
        X509Certificate ca = certificate(Files.readString(Path.of(flags.get("--csms-ca"))));
        boolean ok;
        try {
            leaf.verify(ca.getPublicKey());
            ok = validNow(leaf)
                    && csrKeys != null
                    && java.util.Arrays.equals(
                            leaf.getPublicKey().getEncoded(),
                            csrKeys.getPublic().getEncoded());
        } catch (java.security.GeneralSecurityException e) {
            ok = false;
        }
        if (ok) {
            ScheduledFuture<?> pending = resend;
            if (pending != null) {
                pending.cancel(false);
            }
            stationCertificate = leaf;
            // A02.FR.08: switch by reconnecting, after the answer left (made first, then the old one closed).
            afterReply = () -> {
                Client old = client;
                connect();
                worker.execute(old::close);
            };
            return status("Accepted");
        }
        worker.execute(() -> call("SecurityEventNotification", event("InvalidChargingStationCertificate")));
        return status("Rejected");
    }

    private static boolean validNow(X509Certificate certificate) {
        try {
            certificate.checkValidity();
            return true;
        } catch (java.security.cert.CertificateException e) {
            return false;
        }
    }

    private static X509Certificate certificate(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private static JsonObject status(String status) {
        JsonObject payload = new JsonObject();
        payload.addProperty("status", status);
        return payload;
    }

    private static JsonObject event(String type) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", type);
        payload.addProperty("timestamp", Instant.now().toString());
        return payload;
    }

    /** Sends a CALL and waits for its answer, so only one is outstanding (P4 §4.1.1). */
    private void call(String action, JsonObject payload) {
        calls.call(client::send, action, payload);
    }

    @Override
    public void close() {
        stopping = true;
        worker.shutdownNow();
        Client current = client;
        if (current != null) {
            current.close();
        }
    }

    private final class Client extends WebSocketClient {
        Client(URI uri) {
            super(uri, new Draft_6455(List.of(), List.of(new Protocol("ocpp2.0.1"))));
            setConnectionLostTimeout(0);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {}

        @Override
        public void onMessage(String message) {
            JsonArray frame = JsonParser.parseString(message).getAsJsonArray();
            if (calls.answered(frame)) {
                return;
            }
            String id = frame.get(1).getAsString();
            JsonObject reply;
            try {
                reply = handle(frame.get(2).getAsString(), frame.get(3).getAsJsonObject());
            } catch (Exception e) {
                reply = null;
            }
            if (reply == null) {
                send("[4,\"" + id + "\",\"NotSupported\",\"\",{}]");
                return;
            }
            JsonArray result = new JsonArray();
            result.add(3);
            result.add(id);
            result.add((JsonElement) reply);
            send(result.toString());
            Runnable then = afterReply;
            afterReply = null;
            if (then != null) {
                then.run();
            }
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            // A station reconnects after any lost or closed connection.
            if (!stopping && client == this) {
                SecurityFixtureStation.this.connect(); // not WebSocketClient.connect(): a client is not reusable
            }
        }

        @Override
        public void onError(Exception ex) {}
    }
}
