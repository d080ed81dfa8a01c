package io.ionsweep.cli;

import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import picocli.CommandLine.Option;

/** The {@code --kernel} option shared by commands. */
final class KernelOption {
    @Option(names = "--kernel", paramLabel = "auto|scalar|vector", defaultValue = "auto",
            description = "transmission kernel: auto (vector when available, after a few scalar calls; the same results), "
                    + "scalar, vector (default: ${DEFAULT-VALUE})")
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
