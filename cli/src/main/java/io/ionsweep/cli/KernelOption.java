package io.ionsweep.cli;

import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import picocli.CommandLine.Option;

/** The {@code --kernel} option shared by commands. */
final class KernelOption {
    // Without the option, the choice -Dionsweep.kernel forces for every other kernel, so that the spectra (and the
    // manifest's record of their kernel) follow it too.
    @Option(names = "--kernel", paramLabel = "auto|scalar|vector", defaultValue = "${sys:ionsweep.kernel:-auto}",
            description = "transmission kernel: auto (vector when available, after a few scalar calls; the same results), "
                    + "scalar, vector (default: the system property ionsweep.kernel, else auto)")
    String kernel;

    TransmissionKernel kernel() {
        KernelChoice choice;
        try {
            choice = KernelChoice.parse(kernel);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--kernel: " + e.getMessage());
        }
        try {
            return KernelProvider.select(choice);
        } catch (IllegalStateException e) {
            throw new BadInputException("--kernel vector: " + e.getMessage());
        }
    }
}
