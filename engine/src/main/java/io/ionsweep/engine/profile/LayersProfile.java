package io.ionsweep.engine.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Explicit layers between two leads.
 *
 * @param leadLeftEv     left lead potential, eV
 * @param leadRightEv    right lead potential, eV
 * @param potentialEv    layer potentials, eV, left to right
 * @param widthA         layer widths, Angstrom (> 0)
 * @param slicesPerLayer slices per layer under bias (>= 1)
 */
public record LayersProfile(double leadLeftEv, double leadRightEv, double[] potentialEv, double[] widthA,
                            int slicesPerLayer) implements ProfileSpec {

    public LayersProfile {
        if (potentialEv.length == 0) {
            throw new IllegalArgumentException("profile.layers must have at least one layer");
        }
        if (potentialEv.length != widthA.length) {
            throw new IllegalArgumentException("profile.layers: potentials and widths differ in count");
        }
        requireFinite("profile.lead_left_eV", leadLeftEv);
        requireFinite("profile.lead_right_eV", leadRightEv);
        for (int i = 0; i < potentialEv.length; i++) {
            requireFinite("profile.layers[" + i + "][0]", potentialEv[i]);
            if (!(widthA[i] > 0) || !Double.isFinite(widthA[i])) {
                throw new IllegalArgumentException("profile.layers[" + i + "][1]: width_A must be a finite number > 0, got " + widthA[i]);
            }
        }
        if (slicesPerLayer < 1) {
            throw new IllegalArgumentException("profile.slices_per_layer must be an integer >= 1, got " + slicesPerLayer);
        }
        potentialEv = potentialEv.clone();
        widthA = widthA.clone();
    }

    static void requireFinite(String key, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(key + " must be a finite number, got " + v);
        }
    }

    @Override
    public double[] potentialEv() {
        return potentialEv.clone();
    }

    @Override
    public double[] widthA() {
        return widthA.clone();
    }

    @Override
    public Staircase staircase(double biasDropEv) {
        return Tilt.apply(leadLeftEv, leadRightEv, potentialEv, widthA, biasDropEv, slicesPerLayer);
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("lead_left_eV", leadLeftEv);
        p.put("lead_right_eV", leadRightEv);
        for (int i = 0; i < potentialEv.length; i++) {
            p.put("layer" + i + "_potential_eV", potentialEv[i]);
            p.put("layer" + i + "_width_A", widthA[i]);
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayersProfile l && l.leadLeftEv == leadLeftEv && l.leadRightEv == leadRightEv
                && java.util.Arrays.equals(l.potentialEv, potentialEv) && java.util.Arrays.equals(l.widthA, widthA)
                && l.slicesPerLayer == slicesPerLayer;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(potentialEv) * 31 + java.util.Arrays.hashCode(widthA);
    }

    @Override
    public String toString() {
        return "LayersProfile[leads=" + leadLeftEv + "/" + leadRightEv + " eV, potentials="
                + java.util.Arrays.toString(potentialEv) + " eV, widths=" + java.util.Arrays.toString(widthA) + " A]";
    }
}
