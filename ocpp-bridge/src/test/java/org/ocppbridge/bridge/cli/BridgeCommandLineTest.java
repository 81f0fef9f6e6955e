package org.ocppbridge.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocppbridge.bridge.config.BridgeConfig;
import org.ocppbridge.bridge.config.ConfigDefaults;
import org.ocppbridge.bridge.config.ConfigKey;
import org.ocppbridge.bridge.config.ListenAddress;
import org.ocppbridge.bridge.config.LogUploadFailureReport;
import org.ocppbridge.bridge.config.LogUploadMethod;

class BridgeCommandLineTest {

    private static final String SECRET = "s3cr3t-Passw0rd-for-tests";

    @TempDir
    Path dir;

    private Path ca;
    private Path cert;
    private Path key;
    private Path anchor;
    private Path crlDir;
    private Path logs;
    private Path data;

    @BeforeEach
    void files() throws IOException {
        ca = Files.writeString(dir.resolve("ca.pem"), "ca");
        cert = Files.writeString(dir.resolve("cert.pem"), "cert");
        key = Files.writeString(dir.resolve("key.pem"), "key");
        anchor = Files.writeString(dir.resolve("anchor.pem"), "anchor");
        crlDir = Files.createDirectory(dir.resolve("crls"));
        logs = Files.createDirectory(dir.resolve("logs"));
        data = dir.resolve("data");
    }

    /** A value for every key, none of them the default. */
    private Map<ConfigKey, Object> everyKey() {
        Map<ConfigKey, Object> values = new java.util.EnumMap<>(ConfigKey.class);
        values.put(ConfigKey.CSMS_URL, "wss://csms.example.com/ocpp/");
        values.put(ConfigKey.STATION_ID, "CS 001");
        values.put(ConfigKey.DATA_DIR, data.toString());
        values.put(ConfigKey.LOG_DIR, logs.toString());
        values.put(ConfigKey.BASIC_AUTH_PASSWORD, SECRET);
        values.put(ConfigKey.CSMS_CA, ca.toString());
        values.put(ConfigKey.CLIENT_CERT, cert.toString());
        values.put(ConfigKey.CLIENT_KEY, key.toString());
        values.put(ConfigKey.FIRMWARE_TRUST_ANCHOR, anchor.toString());
        values.put(ConfigKey.FIRMWARE_CRL, crlDir.toString());
        values.put(ConfigKey.ALLOW_UNSIGNED_FIRMWARE, true);
        values.put(ConfigKey.VENDOR, "Acme Chargers");
        values.put(ConfigKey.MODEL, "AC-22");
        values.put(ConfigKey.FIRMWARE_VERSION, "4.2.0");
        values.put(ConfigKey.INSTALL_COMMAND, "/usr/sbin/fw-install");
        values.put(ConfigKey.RESET_COMMAND, "/sbin/reboot");
        values.put(ConfigKey.RESET_COMMAND_WAIT, 90);
        values.put(ConfigKey.LOG_UPLOAD_FAILURE_REPORT, "last-attempt");
        values.put(ConfigKey.CALL_TIMEOUT, 45);
        values.put(ConfigKey.HEARTBEAT_INTERVAL_DEFAULT, 600);
        values.put(ConfigKey.BOOT_RETRY_DEFAULT, 20);
        values.put(ConfigKey.RETRY_BACKOFF_WAIT_MINIMUM, 3);
        values.put(ConfigKey.RETRY_BACKOFF_RANDOM_RANGE, 7);
        values.put(ConfigKey.RETRY_BACKOFF_REPEAT_TIMES, 4);
        values.put(ConfigKey.PING_INTERVAL, 0);
        values.put(ConfigKey.QUEUE_CAPACITY, 50);
        values.put(ConfigKey.LOG_UPLOAD_METHOD, "POST");
        values.put(ConfigKey.SYSTEM_SOCKET, "/run/charger/system.sock");
        values.put(ConfigKey.SYSTEM_LISTEN, "127.0.0.1:7777");
        values.put(ConfigKey.SYSTEM_TIMEOUT, 20);
        assertEquals(ConfigKey.values().length, values.size(), "the test covers every key");
        return values;
    }

    private void assertEveryKeyRead(BridgeConfig config) {
        assertEquals(URI.create("wss://csms.example.com/ocpp/"), config.csmsUrl());
        assertEquals(URI.create("wss://csms.example.com/ocpp/CS%20001"), config.connectionUrl());
        assertEquals("CS 001", config.stationId());
        assertEquals(data, config.dataDir());
        assertEquals(Optional.of(logs), config.logDir());
        assertEquals(Optional.of(SECRET), config.basicAuthPassword());
        assertEquals(Optional.of(ca), config.csmsCa());
        assertEquals(Optional.of(cert), config.clientCert());
        assertEquals(Optional.of(key), config.clientKey());
        assertEquals(Optional.of(anchor), config.firmwareTrustAnchor());
        assertEquals(Optional.of(crlDir), config.firmwareCrl());
        assertTrue(config.allowUnsignedFirmware());
        assertEquals("Acme Chargers", config.vendor());
        assertEquals("AC-22", config.model());
        assertEquals(Optional.of("4.2.0"), config.firmwareVersion());
        assertEquals(Optional.of("/usr/sbin/fw-install"), config.installCommand());
        assertEquals(Optional.of("/sbin/reboot"), config.resetCommand());
        assertEquals(Duration.ofSeconds(90), config.resetCommandWait());
        assertEquals(LogUploadFailureReport.LAST_ATTEMPT, config.logUploadFailureReport());
        assertEquals(Duration.ofSeconds(45), config.callTimeout());
        assertEquals(Duration.ofSeconds(600), config.heartbeatIntervalDefault());
        assertEquals(Duration.ofSeconds(20), config.bootRetryDefault());
        assertEquals(Duration.ofSeconds(3), config.retryBackOffWaitMinimum());
        assertEquals(Duration.ofSeconds(7), config.retryBackOffRandomRange());
        assertEquals(4, config.retryBackOffRepeatTimes());
        assertEquals(Duration.ZERO, config.pingInterval());
        assertEquals(50, config.queueCapacity());
        assertEquals(LogUploadMethod.POST, config.logUploadMethod());
        assertEquals(Optional.of(Path.of("/run/charger/system.sock")), config.systemSocket());
        assertEquals(Optional.of(new ListenAddress("127.0.0.1", 7777)), config.systemListen());
        assertEquals(Duration.ofSeconds(20), config.systemTimeout());
        assertTrue(config.systemOnSocket());
    }

    private static String[] flags(Map<ConfigKey, Object> values) {
        List<String> args = new ArrayList<>();
        values.forEach((key, value) -> {
            args.add(key.flag());
            args.add(String.valueOf(value));
        });
        return args.toArray(String[]::new);
    }

    private Path json(Map<ConfigKey, Object> values) throws IOException {
        JsonObject object = new JsonObject();
        values.forEach((key, value) -> {
            if (value instanceof Number) {
                object.addProperty(key.key(), (Number) value);
            } else if (value instanceof Boolean) {
                object.addProperty(key.key(), (Boolean) value);
            } else {
                object.addProperty(key.key(), (String) value);
            }
        });
        return Files.writeString(dir.resolve("bridge.json"), object.toString());
    }

    @Test
    void every_key_is_read_from_its_flag() {
        assertEveryKeyRead(BridgeCommandLine.parse(flags(everyKey())));
    }

    @Test
    void every_key_is_read_from_the_config_file() throws IOException {
        assertEveryKeyRead(BridgeCommandLine.parse(
                new String[] {"--config", json(everyKey()).toString()}));
    }

    @Test
    void flags_win_over_the_config_file_and_the_file_over_the_defaults() throws IOException {
        Path file = json(Map.of(
                ConfigKey.CSMS_URL,
                "ws://file.example/ocpp",
                ConfigKey.STATION_ID,
                "FILE",
                ConfigKey.CALL_TIMEOUT,
                40,
                ConfigKey.ALLOW_UNSIGNED_FIRMWARE,
                true));
        BridgeConfig config = BridgeCommandLine.parse(
                new String[] {"--station-id=FLAG", "--config", file.toString(), "--allow-unsigned-firmware=false"});
        assertEquals("FLAG", config.stationId());
        assertEquals(URI.create("ws://file.example/ocpp/FLAG"), config.connectionUrl());
        assertEquals(Duration.ofSeconds(40), config.callTimeout());
        assertFalse(config.allowUnsignedFirmware());
        assertEquals(ConfigDefaults.QUEUE_CAPACITY, config.queueCapacity());
    }

    @Test
    void only_the_two_required_flags_give_every_default() {
        BridgeConfig config =
                BridgeCommandLine.parse(new String[] {"--csms-url", "ws://h/ocpp", "--station-id", "CS1"});
        assertEquals(BridgeConfig.builder(URI.create("ws://h/ocpp"), "CS1").build(), config);
        assertEquals(Path.of("./ocpp-bridge-data"), config.dataDir());
        assertEquals(Duration.ofSeconds(30), config.callTimeout());
        assertEquals(LogUploadMethod.PUT, config.logUploadMethod());
        assertFalse(config.allowUnsignedFirmware());
        assertEquals(Optional.empty(), config.systemSocket());
        assertEquals(Optional.empty(), config.systemListen());
        assertEquals(Duration.ofSeconds(10), config.systemTimeout());
        assertFalse(config.systemOnSocket(), "without a socket the built-in system serves");
    }

    @Test
    void a_bare_system_listen_port_listens_on_loopback_and_an_explicit_other_host_is_warned_about() {
        BridgeConfig port = BridgeCommandLine.parse(
                new String[] {"--csms-url", "ws://h", "--station-id", "CS1", "--system-listen", "7777"});
        assertEquals(Optional.of(new ListenAddress("127.0.0.1", 7777)), port.systemListen());
        assertTrue(port.warnings().isEmpty(), port.warnings().toString());

        BridgeConfig v6 = BridgeCommandLine.parse(
                new String[] {"--csms-url", "ws://h", "--station-id", "CS1", "--system-listen", "[::1]:7777"});
        assertEquals(Optional.of(new ListenAddress("::1", 7777)), v6.systemListen());
        assertTrue(v6.warnings().isEmpty(), v6.warnings().toString());

        BridgeConfig any = BridgeCommandLine.parse(
                new String[] {"--csms-url", "ws://h", "--station-id", "CS1", "--system-listen", "0.0.0.0:7777"});
        assertEquals(Optional.of(new ListenAddress("0.0.0.0", 7777)), any.systemListen());
        assertTrue(
                any.warnings().stream().anyMatch(w -> w.startsWith("--system-listen: 0.0.0.0 is not a loopback")),
                any.warnings().toString());
    }

    @Test
    void a_bare_boolean_flag_means_true() {
        assertTrue(BridgeCommandLine.parse(
                        new String[] {"--csms-url", "ws://h", "--station-id", "CS1", "--allow-unsigned-firmware"})
                .allowUnsignedFirmware());
    }

    @Test
    void a_boolean_flag_takes_a_following_true_or_false_and_leaves_anything_else_alone() {
        String[] base = {"--csms-url", "ws://h", "--station-id", "CS1"};
        assertFalse(BridgeCommandLine.parse(concat(base, "--allow-unsigned-firmware", "false"))
                .allowUnsignedFirmware());
        assertTrue(BridgeCommandLine.parse(concat(base, "--allow-unsigned-firmware", "--call-timeout", "9"))
                .allowUnsignedFirmware());
        assertUsageError(
                concat(base, "--allow-unsigned-firmware", "stray"), "ocpp-bridge: unexpected argument (every value");
    }

    @Test
    void a_value_may_start_with_a_dash_unless_it_is_one_of_the_flags() {
        String[] base = {"--csms-url", "ws://h", "--station-id", "CS1"};
        assertEquals(
                Optional.of("-" + SECRET),
                BridgeCommandLine.parse(concat(base, "--basic-auth-password", "-" + SECRET))
                        .basicAuthPassword());
        assertUsageError(
                new String[] {"--csms-url", "ws://h", "--station-id", "--call-timeout", "5"},
                "--station-id: needs a value; e.g. --station-id ID");
        assertUsageError(
                new String[] {"--csms-url", "ws://h", "--station-id", "a", "--config"},
                "--config: needs a value; e.g. --config FILE.json");
    }

    @Test
    void help_and_version_win_over_everything_else_on_the_line() {
        Result help = run("--bogus", "--help");
        assertEquals(0, help.code);
        assertTrue(help.out.startsWith("Usage: ocpp-bridge "), help.out);
        Result version = run("-V");
        assertEquals(0, version.code);
        assertTrue(version.out.startsWith("ocpp-bridge "), version.out);
    }

    @Test
    void help_fits_110_columns_and_its_description_column_lines_up() {
        List<String> lines = run("-h").out.lines().toList();
        lines.forEach(line -> assertTrue(line.length() <= 110, line));
        for (ConfigKey key : ConfigKey.values()) {
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("      " + key.flag())), key.flag());
        }
        assertTrue(lines.contains("Exit codes:"), lines.toString());
    }

    static Stream<Arguments> bad_flags() {
        return Stream.of(
                Arguments.of(List.of("--station-id", "CS1"), "--csms-url: is required"),
                Arguments.of(List.of("--csms-url", "ws://h"), "--station-id: is required"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "x".repeat(52)),
                        "--station-id: must be at most 48 characters (got 52); shorten it"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a:b"), "--station-id: must not contain ':'"),
                Arguments.of(List.of("--csms-url", "ws://h", "--station-id", ""), "--station-id: must not be empty"),
                Arguments.of(
                        List.of("--csms-url", "http://h", "--station-id", "a"), "--csms-url: must start with ws://"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--bogus", "1"),
                        "--bogus: unknown option"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "stray"),
                        "ocpp-bridge: unexpected argument"),
                Arguments.of(List.of("--csms-url", "ws://h", "--station-id"), "--station-id: needs a value"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--station-id", "b"),
                        "--station-id: given more than once"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--call-timeout", "ten"),
                        "--call-timeout: must be a whole number (got \"ten\")"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--call-timeout", "0"),
                        "--call-timeout: must be from 1 to 3600 (got 0)"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--ping-interval", "-1"),
                        "--ping-interval: must be from 0 to 86400 (got -1)"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--queue-capacity", "0"),
                        "--queue-capacity: must be from 1 to 1000000 (got 0)"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--retry-backoff-repeat-times", "99"),
                        "--retry-backoff-repeat-times: must be from 0 to 20 (got 99)"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--allow-unsigned-firmware=yes"),
                        "--allow-unsigned-firmware: must be true or false"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--log-upload-method", "GET"),
                        "--log-upload-method: must be PUT or POST"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--system-listen", "host:"),
                        "--system-listen: must be HOST:PORT or PORT: the port must be a number"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--system-listen", "70000"),
                        "--system-listen: must be HOST:PORT or PORT: the port must be from 1 to 65535"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--system-listen", "::1:7777"),
                        "--system-listen: must be HOST:PORT or PORT: write an IPv6 host in brackets"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--system-timeout", "0"),
                        "--system-timeout: must be from 1 to 300 (got 0)"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--log-upload-failure-report", "never"),
                        "--log-upload-failure-report: must be each-attempt or last-attempt (got \"never\")"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--reset-command-wait", "601"),
                        "--reset-command-wait: must be from 1 to 600 (got 601)"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--system-socket", "/" + "s".repeat(107)),
                        "--system-socket: must be at most 107 bytes long (got 108)"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--model", "x".repeat(21)),
                        "--model: must be at most 20 characters (got 21)"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--vendor", "x".repeat(51)),
                        "--vendor: must be at most 50 characters (got 51)"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--csms-ca", "/no/such.pem"),
                        "--csms-ca: cannot read the file /no/such.pem"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--log-dir", "/no/such/dir"),
                        "--log-dir: no such directory"),
                Arguments.of(
                        List.of("--csms-url", "ws://h", "--station-id", "a", "--config", "/no/such.json"),
                        "--config: cannot read /no/such.json: no such file"));
    }

    @ParameterizedTest
    @MethodSource
    void bad_flags(List<String> args, String expectedStart) {
        assertUsageError(args.toArray(String[]::new), expectedStart);
    }

    @Test
    void tls_options_must_fit_the_url_scheme_and_each_other() {
        String[] base = {"--csms-url", "wss://h/ocpp", "--station-id", "a"};
        assertUsageError(
                concat(base, "--client-cert", cert.toString()), "--client-key: is required with --client-cert");
        assertUsageError(concat(base, "--client-key", key.toString()), "--client-cert: is required with --client-key");
        String[] plain = {"--csms-url", "ws://h/ocpp", "--station-id", "a"};
        assertUsageError(
                concat(plain, "--client-cert", cert.toString(), "--client-key", key.toString()),
                "--client-cert: needs a wss:// --csms-url");
        assertUsageError(concat(plain, "--csms-ca", ca.toString()), "--csms-ca: is only used with a wss://");
        BridgeConfig mutualTls = BridgeCommandLine.parse(concat(
                base, "--client-cert", cert.toString(), "--client-key", key.toString(), "--csms-ca", ca.toString()));
        assertTrue(mutualTls.tls());
    }

    @Test
    void a_password_over_plain_ws_is_allowed_with_a_warning_that_does_not_show_it() {
        Result result = run("--csms-url", "ws://h/ocpp", "--station-id", "CS1", "--basic-auth-password", SECRET);
        assertEquals(0, result.code);
        assertTrue(result.err.contains("warning: --basic-auth-password: sent in clear text over ws://"), result.err);
        assertFalse(result.err.contains(SECRET));
        assertEquals(Optional.of(SECRET), result.config.get().basicAuthPassword());
        assertFalse(result.config.get().toString().contains(SECRET), "toString hides the password");
    }

    @Test
    void a_mistyped_password_flag_does_not_echo_the_password() {
        Result result = run("--csms-url", "ws://h", "--station-id", "a", "--basic-auth-pasword", SECRET);
        assertEquals(2, result.code);
        assertEquals("ocpp-bridge: --basic-auth-pasword: unknown option; see --help for the options\n", result.err);
    }

    static Stream<Arguments> bad_config_files() {
        return Stream.of(
                Arguments.of(
                        "{\"csms-url\": \"ws://h\", \"station-id\": \"a\", \"colour\": \"red\"}",
                        "--config: unknown key \"colour\""),
                Arguments.of(
                        "{\"csms-url\": \"ws://h\", \"station-id\": \"a\", \"call-timeout\": \"30\"}",
                        "\"call-timeout\" in FILE: must be a JSON number (got a string)"),
                Arguments.of(
                        "{\"csms-url\": \"ws://h\", \"station-id\": \"a\", \"call-timeout\": 2.5}",
                        "\"call-timeout\" in FILE: must be a whole number (got 2.5)"),
                Arguments.of(
                        "{\"csms-url\": \"ws://h\", \"station-id\": 7}",
                        "\"station-id\" in FILE: must be a JSON string (got a number)"),
                Arguments.of(
                        "{\"csms-url\": \"ws://h\", \"station-id\": \"a\", \"allow-unsigned-firmware\": \"true\"}",
                        "\"allow-unsigned-firmware\" in FILE: must be true or false (got a string)"),
                Arguments.of(
                        "{\"csms-url\": \"ws://h\", \"station-id\": null}",
                        "\"station-id\" in FILE: must be a JSON string (got null; leave the key out"),
                Arguments.of(
                        "{\"csms-url\": \"ws://h\", \"station-id\": \"a\", \"station-id\": \"b\"}",
                        "--config: key \"station-id\" appears twice"),
                Arguments.of(
                        "{\"csms-url\": \"ws://h\",\n \"station-id\": 'a'}",
                        "--config: FILE is not valid JSON near line 2 column"),
                Arguments.of("{\"csms-url\": \"ws://h\", \"station-id\": \"a\"", "--config: cannot read FILE as JSON"),
                Arguments.of("[\"ws://h\"]", "--config: FILE must hold one JSON object"),
                Arguments.of(
                        "{\"csms-url\": \"ws://h\", \"station-id\": \"a\"} {}",
                        "--config: FILE is not valid JSON near line 1 column 44"),
                Arguments.of(
                        "{\"csms-url\": \"ws://h\", \"station-id\": \"a\", \"queue-capacity\": 0}",
                        "--queue-capacity: must be from 1 to 1000000 (got 0)"));
    }

    @ParameterizedTest
    @MethodSource
    void bad_config_files(String content, String expectedStart) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), content);
        assertUsageError(new String[] {"--config", file.toString()}, expectedStart.replace("FILE", file.toString()));
    }

    @Test
    void a_config_file_that_is_not_utf8_is_a_usage_error() throws IOException {
        Path file = Files.write(
                dir.resolve("latin1.json"), "{\"vendor\": \"Z\u00e4hler\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertUsageError(new String[] {"--config", file.toString()}, "--config: " + file + " is not UTF-8 text");
    }

    @Test
    void help_lists_every_option_with_its_default_and_exits_0() {
        Result result = run("--help");
        assertEquals(0, result.code);
        assertTrue(result.config.isEmpty(), "the launcher does not run");
        for (ConfigKey key : ConfigKey.values()) {
            assertTrue(result.out.contains(key.flag()), key.flag());
            key.defaultText()
                    .ifPresent(d -> assertTrue(
                            result.out.replaceAll("\\s+", " ").contains("Default: " + d + "."),
                            key.flag() + " default " + d));
        }
        assertTrue(result.out.contains("--config"));
        assertFalse(result.out.contains("${DEFAULT-VALUE}"));
    }

    @Test
    void version_prints_one_line_and_exits_0() {
        Result result = run("--version");
        assertEquals(0, result.code);
        assertTrue(result.out.startsWith("ocpp-bridge "), result.out);
        assertEquals(1, result.out.lines().count());
    }

    @Test
    void a_valid_configuration_goes_to_the_launcher_whose_code_is_returned() {
        Result result = run(new String[] {"--csms-url", "ws://h/ocpp", "--station-id", "CS1"}, 42);
        assertEquals(42, result.code);
        assertEquals("CS1", result.config.orElseThrow().stationId());
        assertEquals("", result.err);
    }

    private static String[] concat(String[] base, String... more) {
        return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    }

    private void assertUsageError(String[] args, String expectedStart) {
        Result result = run(args);
        assertEquals(2, result.code, result.err);
        assertTrue(result.config.isEmpty());
        assertEquals("", result.out);
        assertEquals(1, result.err.lines().count(), "one line: " + result.err);
        assertTrue(
                result.err.startsWith("ocpp-bridge: " + expectedStart),
                "expected start '" + expectedStart + "' in: " + result.err);
        assertFalse(result.err.contains(SECRET));
    }

    private record Result(int code, String out, String err, Optional<BridgeConfig> config) {}

    private Result run(String... args) {
        return run(args, 0);
    }

    private Result run(String[] args, int launcherCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<BridgeConfig> launched = new AtomicReference<>();
        int code = BridgeCommandLine.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                config -> {
                    launched.set(config);
                    return launcherCode;
                });
        return new Result(
                code,
                out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8),
                Optional.ofNullable(launched.get()));
    }
}
