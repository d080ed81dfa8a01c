package io.ionsweep.cli;

import io.ionsweep.io.dataset.DatasetInspection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ionsweep inspect DIR}: a dataset's manifest in words, or as JSON for scripts. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Describe a dataset written by `run`: progress, missing parts, tables, units, timing, statistics.")
final class InspectCommand implements Callable<Integer> {

    /** How the report is printed. */
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "DIR", description = "dataset directory (holds manifest.json)")
    Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json")
    Format format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DatasetInspection inspection = DatasetInspection.of(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? InspectJson.render(inspection) : InspectText.render(dir, inspection));
        out.flush();
        return Main.EXIT_OK;
    }
}
