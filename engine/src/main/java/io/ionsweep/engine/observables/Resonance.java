package io.ionsweep.engine.observables;

/**
 * One resonance: a pole E_r - i Gamma/2 of the transmission amplitude.
 *
 * @param energyEv         E_r in eV
 * @param widthEv          Gamma in eV (full width); where {@code resolved} is false, an upper bound
 * @param qFactor          E_r / Gamma (a lower bound where unresolved)
 * @param lifetimePs       hbar / Gamma in ps (a lower bound where unresolved)
 * @param peakTransmission T(E_r) on the real axis
 * @param resolved         false where Gamma is below what double precision resolves at E_r
 * @param spacingThz       (E_{r,n+1} - E_{r,n}) / h in THz; the highest resonance repeats the spacing
 *                         below it, a lone resonance has 0
 */
public record Resonance(double energyEv, double widthEv, double qFactor, double lifetimePs,
                        double peakTransmission, boolean resolved, double spacingThz) {}
