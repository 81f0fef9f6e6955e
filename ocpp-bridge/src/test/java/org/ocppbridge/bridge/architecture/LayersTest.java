package org.ocppbridge.bridge.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bridge's packages form one-way layers (drawn in the README, "Layers"): a package may use the ones below
 * it, never one above or beside it unless listed here. A new upward or sideways import fails the build.
 */
class LayersTest {

    private static final String BRIDGE = "org.ocppbridge.bridge";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BRIDGE);
    }

    @Test
    void no_cycles_between_packages() {
        slices().matching(BRIDGE + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void each_layer_is_used_only_by_the_layers_above_it() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                // The command line: flags and the config file in, a Bridge out.
                .layer("cli")
                .definedBy(BRIDGE + ".cli..")
                // One life of the station and its restarts: the only place that wires the parts together.
                .layer("runtime")
                .definedBy(BRIDGE + ".runtime..")
                // The OCPP side, and the two systems behind the port.
                .layer("station")
                .definedBy(BRIDGE + ".station..")
                .layer("local system")
                .definedBy(BRIDGE + ".local..")
                .layer("socket system")
                .definedBy(BRIDGE + ".system.socket..")
                // The local system's jobs.
                .layer("firmware")
                .definedBy(BRIDGE + ".firmware..")
                .layer("logs")
                .definedBy(BRIDGE + ".logs..")
                // The one file-transfer layer beneath both jobs (http, https, ftp, ftps).
                .layer("transfer")
                .definedBy(BRIDGE + ".transfer..")
                // Protocol machinery.
                .layer("device model")
                .definedBy(BRIDGE + ".devicemodel..")
                .layer("rpc")
                .definedBy(BRIDGE + ".rpc..")
                .layer("transport")
                .definedBy(BRIDGE + ".transport..")
                .layer("queue")
                .definedBy(BRIDGE + ".queue..")
                // The floor: the port, the configuration record, certificates and TLS, the JSON binding.
                .layer("system port")
                .definedBy(BRIDGE + ".system")
                .layer("config")
                .definedBy(BRIDGE + ".config..")
                .layer("certificates")
                .definedBy(BRIDGE + ".certificates..")
                .layer("json")
                .definedBy(BRIDGE + ".json..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("runtime")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("station")
                .mayOnlyBeAccessedByLayers("runtime")
                .whereLayer("local system")
                .mayOnlyBeAccessedByLayers("runtime")
                .whereLayer("socket system")
                .mayOnlyBeAccessedByLayers("runtime")
                .whereLayer("firmware")
                .mayOnlyBeAccessedByLayers("runtime", "local system")
                .whereLayer("logs")
                .mayOnlyBeAccessedByLayers("cli", "runtime", "local system")
                .whereLayer("transfer")
                .mayOnlyBeAccessedByLayers("runtime", "firmware", "logs")
                .whereLayer("device model")
                .mayOnlyBeAccessedByLayers("runtime", "station")
                .whereLayer("rpc")
                .mayOnlyBeAccessedByLayers("runtime", "station")
                .whereLayer("transport")
                .mayOnlyBeAccessedByLayers("runtime")
                .whereLayer("queue")
                .mayOnlyBeAccessedByLayers("runtime", "station")
                .whereLayer("system port")
                .mayOnlyBeAccessedByLayers("runtime", "station", "local system", "socket system", "firmware", "logs")
                .whereLayer("config")
                .mayOnlyBeAccessedByLayers("cli", "runtime", "firmware", "logs")
                .whereLayer("certificates")
                .mayOnlyBeAccessedByLayers(
                        "cli", "runtime", "station", "transport", "transfer", "firmware", "logs", "local system")
                .whereLayer("json")
                .mayOnlyBeAccessedByLayers("runtime", "station", "rpc", "socket system")
                .check(classes);
    }
}
