package io.ionsweep.cli;

import picocli.CommandLine.Command;

/** {@code ionsweep plot ...}: figures as PNG or SVG files. */
@Command(name = "plot", mixinStandardHelpOptions = true, description = "Draw figures (PNG or SVG).",
        subcommands = {PlotSpectrumCommand.class, PlotMapCommand.class, PlotIvCommand.class})
final class PlotCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a plot kind is required (spectrum, map, iv)");
    }
}
