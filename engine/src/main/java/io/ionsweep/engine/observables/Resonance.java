package io.ionsweep.engine.observables;

/**
 * One resonance: a pole E_r - i Gamma/2 of the transmission amplitude.
 *
 * @param energyEv         E_r in eV
 * @param widthEv          Gamma in eV (full width); where {@code resolved} is false, an upper bound
 * @param qFactor          E_r / Gamma (a lower bound where unresolved)
 * @param lifetimePs       hbar / Gamma in ps (a lower bound where unresolved)
 * @param peakTransmission T(E_r) on the real axis; where {@code resolved} is false and no other pole lies
 *                         within about 1e-4 E_r ({@link NarrowPoleRefiner#isolated}), the Breit-Wigner peak
 *                         4 Gamma_L Gamma_R / Gamma^2 from the partial widths of the flux identity (T at the
 *                         double nearest E_r is not determined there: the peak is narrower than an ulp); for the
 *                         other unresolved rows, a multiplet's members, that undetermined T
 * @param resolved         false where Gamma is below what double precision resolves at E_r
 * @param spacingThz       (E_{r,n+1} - E_{r,n}) / h in THz; the highest resonance repeats the spacing
 *                         below it, a lone resonance has 0
 * @param widthEstimateEv  where {@code resolved} is false, Gamma in eV as the flux identity estimates it under
 *                         the bound {@code widthEv} for a pole far from the others (to about 1e-13 against
 *                         60-digit poles; {@link BoltzmannAverage} integrates such a peak in closed form with
 *                         it), NaN for the others (a multiplet's members); where resolved, {@code widthEv}. Not
 *                         a column of the dataset.
 */
public record Resonance(double energyEv, double widthEv, double qFactor, double lifetimePs,
                        double peakTransmission, boolean resolved, double spacingThz, double widthEstimateEv) {
    /** A resolved resonance, or one without a width estimate below its bound. */
    public Resonance(double energyEv, double widthEv, double qFactor, double lifetimePs, double peakTransmission,
                     boolean resolved, double spacingThz) {
        this(energyEv, widthEv, qFactor, lifetimePs, peakTransmission, resolved, spacingThz,
                resolved ? widthEv : Double.NaN);
    }
}
