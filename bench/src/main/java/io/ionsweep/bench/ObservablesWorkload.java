package io.ionsweep.bench;

import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.MultisiteProfile;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.CartesianSweep;
import io.ionsweep.engine.sweep.EnergyGrid;
import io.ionsweep.engine.sweep.ListAxis;
import io.ionsweep.engine.sweep.ProfileTemplates;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.engine.sweep.SweepSpace;
import java.util.List;

/**
 * The observables' standard workload (issue 4, "Speed"): K+ through a 4-site multisite filter (wells
 * 3 A wide), barrier height {@link #HEIGHTS_EV} x barrier width {@link #WIDTHS_A} x well depth
 * {@link #DEPTHS_EV} (64 configurations, a spread rather than one case repeated, with the k-four-site
 * reference filter among them), 300 K, one bias, {@link #SLICES_PER_LAYER} slices per layer under bias
 * (as the quickstart), 1024 energies from 1 to 300 meV. Every observable is on: the grid spectrum, the
 * resonances, <T>, conductances and, at bias, the current.
 */
public final class ObservablesWorkload {
    private ObservablesWorkload() {}

    public static final int ENERGIES = 1024;
    public static final int SITES = 4;
    public static final int SLICES_PER_LAYER = 16;
    public static final double WELL_WIDTH_A = 3.0;
    public static final double TEMPERATURE_K = 300;
    static final double[] HEIGHTS_EV = {0.05, 0.08, 0.12, 0.2};
    static final double[] WIDTHS_A = {0.2, 0.3, 0.6, 1.0};
    static final double[] DEPTHS_EV = {0.0, 0.05, 0.08, 0.1};
    /** 4 heights x 4 widths x 4 depths. */
    public static final int CONFIGURATIONS = 64;

    /** The k-four-site reference filter among the configurations: barriers 0.08 eV x 0.3 A, wells 0.05 eV deep. */
    static final double K_FOUR_SITE_HEIGHT_EV = 0.08;
    static final double K_FOUR_SITE_WIDTH_A = 0.3;
    static final double K_FOUR_SITE_DEPTH_EV = 0.05;

    /** Whether c is the workload's k-four-site member. */
    static boolean isKFourSite(Configuration c) {
        return c.profile() instanceof MultisiteProfile m && m.barrierHeightEv() == K_FOUR_SITE_HEIGHT_EV
                && m.barrierWidthA() == K_FOUR_SITE_WIDTH_A && m.wellDepthEv() == K_FOUR_SITE_DEPTH_EV;
    }

    /** The k-four-site member of the workload at this bias. */
    static Configuration kFourSite(double biasMv) {
        SweepPlan plan = plan(biasMv);
        for (long id = 0; id < plan.size(); id++) {
            Configuration c = plan.configuration(id);
            if (isKFourSite(c)) {
                return c;
            }
        }
        throw new IllegalStateException("the workload lacks the k-four-site filter");
    }

    /** The workload at one bias in mV (0 for no current). */
    public static SweepPlan plan(double biasMv) {
        assert CONFIGURATIONS == HEIGHTS_EV.length * WIDTHS_A.length * DEPTHS_EV.length;
        SweepSpace space = new SweepSpace(List.of(SpeciesTable.lookup("K+").orElseThrow()),
                new ListAxis("mass_factor", new double[] {1}), new ListAxis("temperature_K", new double[] {TEMPERATURE_K}),
                new ListAxis("bias_mV", new double[] {biasMv}),
                ProfileTemplates.multisite(new ListAxis("sites", new double[] {SITES}),
                        new ListAxis("barrier_height_eV", HEIGHTS_EV),
                        new ListAxis("barrier_width_A", WIDTHS_A),
                        new ListAxis("well_depth_eV", DEPTHS_EV),
                        new ListAxis("well_width_A", new double[] {WELL_WIDTH_A}), SLICES_PER_LAYER));
        return new CartesianSweep(space, EnergyGrid.linear(1e-3, 0.3, ENERGIES));
    }
}
