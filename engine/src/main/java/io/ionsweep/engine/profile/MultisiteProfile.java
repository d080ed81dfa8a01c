package io.ionsweep.engine.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A filter of {@code sites} binding-site wells between {@code sites + 1} identical barriers, leads at 0 eV.
 *
 * @param sites           number of wells (>= 1)
 * @param barrierHeightEv barrier potential, eV
 * @param barrierWidthA   barrier width, Angstrom (> 0)
 * @param wellDepthEv     well depth, eV (>= 0): wells sit at -depth
 * @param wellWidthA      well width, Angstrom (> 0)
 * @param slicesPerLayer  slices per layer under bias (>= 1)
 */
public record MultisiteProfile(int sites, double barrierHeightEv, double barrierWidthA, double wellDepthEv,
                               double wellWidthA, int slicesPerLayer) implements ProfileSpec {

    public MultisiteProfile {
        if (sites < 1) {
            throw new IllegalArgumentException("profile.sites must be an integer >= 1, got " + sites);
        }
        LayersProfile.requireFinite("profile.barrier_height_eV", barrierHeightEv);
        positive("profile.barrier_width_A", barrierWidthA);
        if (!(wellDepthEv >= 0) || !Double.isFinite(wellDepthEv)) {
            throw new IllegalArgumentException("profile.well_depth_eV must be a finite number >= 0, got " + wellDepthEv);
        }
        positive("profile.well_width_A", wellWidthA);
        if (slicesPerLayer < 1) {
            throw new IllegalArgumentException("profile.slices_per_layer must be an integer >= 1, got " + slicesPerLayer);
        }
    }

    private static void positive(String key, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(key + " must be a finite number > 0, got " + v);
        }
    }

    /** The equivalent explicit layers: barrier, well, barrier, ..., barrier. */
    public LayersProfile toLayers() {
        int n = 2 * sites + 1;
        double[] v = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            boolean barrier = i % 2 == 0;
            v[i] = barrier ? barrierHeightEv : -wellDepthEv;
            w[i] = barrier ? barrierWidthA : wellWidthA;
        }
        return new LayersProfile(0.0, 0.0, v, w, slicesPerLayer);
    }

    @Override
    public Staircase staircase(double biasDropEv) {
        return toLayers().staircase(biasDropEv);
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("sites", (double) sites);
        p.put("barrier_height_eV", barrierHeightEv);
        p.put("barrier_width_A", barrierWidthA);
        p.put("well_depth_eV", wellDepthEv);
        p.put("well_width_A", wellWidthA);
        return p;
    }
}
