package io.ionsweep.engine.observables;

/**
 * A zero of the incident amplitude at E = energyEv - i widthEv / 2 (a pole of the transmission amplitude).
 *
 * @param energyEv E_r in eV
 * @param widthEv  Gamma in eV as computed (may be at rounding level, or even slightly negative, for
 *                 poles narrower than double precision resolves)
 */
record Pole(double energyEv, double widthEv) {}
