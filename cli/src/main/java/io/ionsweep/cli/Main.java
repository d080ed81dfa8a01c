package io.ionsweep.cli;

import io.ionsweep.io.config.ConfigException;
import io.ionsweep.io.dataset.DatasetException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The ionsweep command line. Exit codes: 0 success, 1 failure while running, 2 bad input. */
@Command(name = "ionsweep", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Quantum transmission of ions through channel selectivity filters, swept at scale.",
        subcommands = {SpectrumCommand.class, RunCommand.class, ConductanceCommand.class, ResonancesCommand.class,
                InspectCommand.class,
                PlotCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (spectrum, run, conductance, resonances, inspect, plot; see --help)");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line; what tests call. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("ionsweep: " + ex.getMessage() + " (see --help)");
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ConfigException || ex instanceof BadInputException || ex instanceof DatasetException) {
                err.println("ionsweep: " + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            err.println("ionsweep: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            if (System.getenv("IONSWEEP_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("ionsweep: (set IONSWEEP_DEBUG=1 for the stack trace)");
            }
            return EXIT_FAILURE;
        });
        return cl.execute(args);
    }
}
