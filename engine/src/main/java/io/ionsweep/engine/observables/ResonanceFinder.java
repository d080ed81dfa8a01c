package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.GlobalMatrixDeterminant;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;

/**
 * All resonances of a profile in an energy window: the poles of the transmission amplitude in
 * complex energy (Gamow branch in the leads), polished on a backward-stable determinant from the
 * Dirichlet eigenvalues of the profile region and completed by the argument principle (see
 * {@link PoleFinder}), so none is missed or doubled however narrow it is.
 */
public final class ResonanceFinder {
    /**
     * Widths below this many ulps of E_r are not resolved in double precision: the computed pole is
     * exact for a profile perturbed by about one rounding error, which moves it by a few ulps of E_r.
     */
    static final double RESOLUTION_ULPS = 1024;

    /** The resolution floor at E_r: widths below it are not resolved ({@link #RESOLUTION_ULPS} ulps of E_r). */
    static double resolutionFloorEv(double energyEv) {
        return RESOLUTION_ULPS * Math.ulp(energyEv);
    }
    /**
     * From this quality factor on, T(E_r) comes from the backward-stable matching determinant instead of the
     * kernel batch: in chains of wells the kernels' cancellation at such peaks grows faster than Q. Over four
     * sweeps of symmetric filters (whose isolated peaks are 1) their T(E_r) was off by up to 0.14 at Q = 9e9 and
     * by up to 1 beyond; the determinant's by 7e-4 up to Q = 1e12 and 0.034 beyond, where rounding the
     * potentials moves the pole by a few hundredths of Gamma.
     */
    static final double STABLE_PEAK_Q = 1e6;
    private static final double PS_PER_S = 1e12;
    private static final double THZ_PER_HZ = 1e-12;

    private ResonanceFinder() {}

    /**
     * Resonances with E_r in [eMinEv, eMaxEv], sorted by energy. The window starts at the higher lead
     * at the lowest (E0); below it there is no continuum.
     *
     * @param profile the potential
     * @param massU   particle mass in u (> 0)
     */
    public static List<Resonance> find(Staircase profile, double massU, double eMinEv, double eMaxEv) {
        if (!(massU > 0) || !Double.isFinite(massU)) {
            throw new IllegalArgumentException("mass_u must be a finite number > 0, got " + massU);
        }
        if (!Double.isFinite(eMinEv) || !Double.isFinite(eMaxEv)) {
            throw new IllegalArgumentException("resonance energy window must be finite, got [" + eMinEv + ", " + eMaxEv + "]");
        }
        return describe(profile, massU, PoleFinder.find(profile, massU, eMinEv, eMaxEv));
    }

    /**
     * About how many resonances {@link #find} reports in [eMinEv, eMaxEv]: the Dirichlet eigenvalues of the
     * profile region there (the search's seeds), from two Sturm counts, without the search. Over the 5,888
     * configurations of observables-throughput, kcsa-tunnelling and nav-tunnelling it was off by at most 2
     * per configuration and 0.02 % in total (broad resonances no seed leads to, seeds whose poles lie just
     * outside the window). For estimates.
     */
    public static int estimateCount(Staircase profile, double massU, double eMinEv, double eMaxEv) {
        double lo = Math.max(eMinEv, Math.max(profile.leadLeftEv(), profile.leadRightEv()));
        if (!(eMaxEv > lo)) {
            return 0;
        }
        BoxSpectrum spectrum = new BoxSpectrum(profile, massU);
        return Math.max(0, spectrum.count(eMaxEv) - spectrum.count(lo));
    }

    /** The default window of issue 4: E0 to Vmax + 10 kT. */
    public static List<Resonance> find(Staircase profile, double massU, ThermalWindow window) {
        return find(profile, massU, window.e0Ev(), window.resonanceTopEv());
    }

    static List<Resonance> describe(Staircase profile, double massU, List<Pole> poles) {
        double factor = PhysicalConstants.waveNumberFactor(massU);
        int n = poles.size();
        double[] gamma = new double[n];
        double[] estimate = new double[n];
        double[] breitWigner = new double[n];
        boolean[] resolved = new boolean[n];
        for (int i = 0; i < n; i++) {
            Pole p = poles.get(i);
            double e = p.energyEv();
            double floor = RESOLUTION_ULPS * Math.ulp(e);
            // a width from the flux identity at the floor is what the refiner would return again
            double[] refined = p.fluxAtFloor() ? new double[] {p.widthEv(), p.breitWignerPeak(), p.widthEv()}
                    : NarrowPoleRefiner.refine(profile, factor, e, p.widthEv(), floor);
            double width = refined[0];
            resolved[i] = width >= floor;
            gamma[i] = resolved[i] ? width : floor;
            // below the floor only the flux identity's width is an estimate (a polished one is rounding), and
            // only for a pole far from the others
            double gap = Math.min(i > 0 ? e - poles.get(i - 1).energyEv() : Double.POSITIVE_INFINITY,
                    i + 1 < n ? poles.get(i + 1).energyEv() - e : Double.POSITIVE_INFINITY);
            boolean estimated = !resolved[i] && NarrowPoleRefiner.isolated(floor, gap);
            estimate[i] = resolved[i] ? width : estimated ? refined[2] : Double.NaN;
            breitWigner[i] = estimated ? refined[1] : Double.NaN;
        }
        // peak T: of unresolved peaks the Breit-Wigner one, of the narrowest others from the determinant, of the
        // rest in one kernel batch (the vector kernel agrees with the scalar one bit for bit, whatever the batch)
        double[] log10Peak = new double[n];
        double[] batch = new double[n];
        int[] batched = new int[n];
        int m = 0;
        GlobalMatrixDeterminant determinant = null;
        for (int i = 0; i < n; i++) {
            double e = poles.get(i).energyEv();
            if (!Double.isNaN(breitWigner[i])) {
                continue;
            }
            if (e / gamma[i] >= STABLE_PEAK_Q) {
                determinant = determinant != null ? determinant : new GlobalMatrixDeterminant(profile, massU);
                log10Peak[i] = determinant.log10Transmission(e);
            } else {
                batch[m] = e;
                batched[m++] = i;
            }
        }
        double[] log10Batch = new double[m];
        KernelProvider.get().log10Transmission(profile, massU, batch, log10Batch, m);
        for (int k = 0; k < m; k++) {
            log10Peak[batched[k]] = log10Batch[k];
        }
        List<Resonance> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double e = poles.get(i).energyEv();
            double spacingEv = n < 2 ? 0 : i + 1 < n ? poles.get(i + 1).energyEv() - e : e - poles.get(i - 1).energyEv();
            double peak = Double.isNaN(breitWigner[i]) ? Math.pow(10, log10Peak[i]) : breitWigner[i];
            out.add(new Resonance(e, gamma[i], e / gamma[i], PhysicalConstants.HBAR_EV_S / gamma[i] * PS_PER_S,
                    Double.isFinite(peak) ? peak : 0.0, resolved[i], spacingEv / PhysicalConstants.PLANCK_EV_S * THZ_PER_HZ,
                    estimate[i]));
        }
        return out;
    }
}
