package io.ionsweep.cli;

import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.observables.ResonanceFinder;
import io.ionsweep.engine.profile.Staircase;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.io.config.ConfigLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ionsweep plot spectrum CONFIG -o FILE.png}: log10 T(E) and the profile V(x) of a few configurations. */
@Command(name = "spectrum", mixinStandardHelpOptions = true,
        description = "log10 T against energy (meV), barrier tops marked, with the potential profile V(x) below.")
final class PlotSpectrumCommand implements Callable<Integer> {
    /** More curves than this are unreadable in one figure. */
    static final int MAX_CURVES = 8;
    /** Resonance labels per curve beyond which the figure gets cluttered. */
    static final int MAX_MARKED_RESONANCES = 12;
    /** Closest spacing of two resonance labels, as a share of the plotted energy range. */
    static final double MIN_LABEL_SPACING_SHARE = 0.02;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "YAML config (one configuration or a few)")
    Path config;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.png|FILE.svg", description = "image to write, PNG or SVG by the file name (must not exist)")
    Path out;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "900", description = "image width in pixels (default: ${DEFAULT-VALUE})")
    int widthPx;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "900", description = "image height in pixels (default: ${DEFAULT-VALUE})")
    int heightPx;

    @Mixin
    KernelOption kernelOption;

    @Override
    public Integer call() throws Exception {
        FigureFile.check(out, widthPx, heightPx);
        SweepPlan plan = ConfigLoader.load(config).plan();
        if (plan.size() > MAX_CURVES) {
            throw new BadInputException(config + ": " + plan.size() + " configurations; plot spectrum draws at most "
                    + MAX_CURVES + " (narrow the sweep)");
        }
        TransmissionKernel kernel = kernelOption.kernel();
        double[] energies = plan.energy().energiesEv();
        List<SpectrumFigure.Curve> curves = new ArrayList<>();
        for (long id = 0; id < plan.size(); id++) {
            Configuration c = plan.configuration(id);
            double[] log10T = new double[energies.length];
            c.profile().log10Transmission(kernel, c.massU(), c.biasDropEv(), energies, log10T, energies.length);
            Staircase profile = c.staircase();
            curves.add(new SpectrumFigure.Curve(label(plan, c), energies, log10T, profile,
                    markedResonances(profile, c.massU(), energies[0], energies[energies.length - 1])));
        }
        FigureFile.write(out, widthPx, heightPx, g -> SpectrumFigure.draw(g, curves, widthPx, heightPx));
        return Main.EXIT_OK;
    }

    /**
     * The resolved resonances below the barrier top within the plotted energies, lowest first, at most
     * {@link #MAX_MARKED_RESONANCES}: the sharp ones worth a label (above the top, T is near 1 anyway). Coupled
     * sites split a level into a tight multiplet; a resonance closer than {@link #MIN_LABEL_SPACING_SHARE} of the
     * plotted range to the previous label shares its label.
     */
    static List<Resonance> markedResonances(Staircase profile, double massU, double eMinEv, double eMaxEv) {
        double top = Math.min(eMaxEv, profile.maxPotentialEv());
        if (!(top > eMinEv)) {
            return List.of();
        }
        double minSpacingEv = MIN_LABEL_SPACING_SHARE * (eMaxEv - eMinEv);
        List<Resonance> marked = new ArrayList<>();
        for (Resonance r : ResonanceFinder.find(profile, massU, eMinEv, top)) {
            if (marked.size() == MAX_MARKED_RESONANCES) {
                break;
            }
            if (r.resolved() && (marked.isEmpty() || r.energyEv() - marked.getLast().energyEv() >= minSpacingEv)) {
                marked.add(r);
            }
        }
        return marked;
    }

    /** The species and the parameters that vary across the sweep, e.g. "K+ barrier_width_A=0.3". */
    private static String label(SweepPlan plan, Configuration c) {
        StringBuilder b = new StringBuilder(c.species().name());
        for (var e : c.parameters().entrySet()) {
            if (!e.getKey().equals("species") && varies(plan, e.getKey())) {
                b.append(' ').append(e.getKey()).append('=').append(e.getValue());
            }
        }
        return b.toString();
    }

    private static boolean varies(SweepPlan plan, String key) {
        Object v0 = plan.configuration(0).parameters().get(key);
        for (long id = 1; id < plan.size(); id++) {
            if (!v0.equals(plan.configuration(id).parameters().get(key))) {
                return true;
            }
        }
        return false;
    }
}
