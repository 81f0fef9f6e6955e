package org.ocppbridge.simulator.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar ocpp-simulator.jar}: with no command the demo; {@code conformance} runs the suite;
 * {@code serve} runs the bare simulator. A bad flag prints one line naming it and exits 2.
 */
@Command(
        name = "ocpp-simulator",
        mixinStandardHelpOptions = true,
        version = "ocpp-simulator 0.1.0",
        description = "OCPP 2.0.1 CSMS simulator. No command: the demo (a signed firmware update, a log upload"
                + " and a reset of the bridge, as a timeline).",
        subcommands = {ConformanceCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0   the demo or every case passed",
            "1   a step or a case failed",
            "2   a bad option (one line on stderr names it)"
        })
public final class SimulatorMain implements Callable<Integer> {

    static final int BAD_USAGE = 2;

    @Option(
            names = "--station",
            paramLabel = "COMMAND",
            description = "The demo's station command. Default: java -jar ocpp-bridge/target/ocpp-bridge.jar,"
                    + " found from the working directory or the simulator jar's directory.")
    String station;

    @Option(
            names = "--console",
            description = "Open the web console on the demo's simulator (at the start) and keep it open after the"
                    + " demo until Ctrl-C.")
    boolean console;

    @Option(
            names = "--console-port",
            paramLabel = "PORT",
            defaultValue = "0",
            description = "With --console: its port on 127.0.0.1. Default: 0 (the system chooses; the URL is printed).")
    int consolePort;

    @Override
    public Integer call() throws Exception {
        String command = station != null ? station : StationCommand.findBridge();
        org.ocppbridge.simulator.demo.Demo demo = new org.ocppbridge.simulator.demo.Demo(System.out);
        if (!console) {
            return demo.run(command);
        }
        try (DemoConsole watcher = new DemoConsole(consolePort, System.out)) {
            return demo.run(command, watcher);
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by tests, which read its exit codes). */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SimulatorMain());
        commandLine.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(ex.getMessage().lines().findFirst().orElse("bad arguments"));
            err.flush();
            return BAD_USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                cmd.getErr().println(ex.getMessage());
                cmd.getErr().flush();
                return BAD_USAGE;
            }
            throw ex;
        });
        return commandLine;
    }
}
