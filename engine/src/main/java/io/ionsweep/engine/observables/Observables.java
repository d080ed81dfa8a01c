package io.ionsweep.engine.observables;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import java.util.Arrays;
import java.util.List;

/**
 * One call for the whole observable set of a configuration (pure computation).
 *
 * <pre>{@code
 * Staircase flat = layers.staircase(0);
 * Staircase biased = layers.staircase(charge * biasMv * PhysicalConstants.EV_PER_MV);
 * ObservableSummary s = Observables.compute(flat, biased, species.massU(), species.charge(),
 *         ObservableSettings.defaults());
 * }</pre>
 */
public final class Observables {
    private Observables() {}

    /**
     * @param profile the unbiased profile
     * @param tilted  the same profile under bias (its leads differ by z e V), or null for no current
     * @param massU   ion mass in u (> 0; include any mass_factor)
     * @param charge  charge number z (non-zero)
     */
    public static ObservableSummary compute(Staircase profile, Staircase tilted, double massU, int charge,
                                            ObservableSettings settings) {
        requireCharge(charge);
        return compute(profile, tilted, massU, charge, settings, zeroBias(profile, massU, settings));
    }

    /**
     * The part of {@link #compute} that neither bias nor charge changes, the costly part of an unbiased
     * configuration: every resonance up to the default top (or none without the search) and log10 <T>.
     *
     * @param resonances            the poles found (the approximate guide's without the search)
     * @param log10MeanTransmission log10 <T> of the unbiased profile
     * @param meanTransmissionUndetermined the bound on its undetermined part relative to it
     *                              ({@link BoltzmannAverage.Average#relativeUndetermined})
     */
    public record ZeroBias(List<Resonance> resonances, double log10MeanTransmission,
                           double meanTransmissionUndetermined) {
        public ZeroBias {
            resonances = List.copyOf(resonances);
        }
    }

    /** {@link ZeroBias} of the unbiased {@code profile}; {@link #compute} with it gives {@link #compute}'s result. */
    public static ZeroBias zeroBias(Staircase profile, double massU, ObservableSettings settings) {
        ThermalWindow window = ThermalWindow.of(profile, settings.temperatureK());
        // <T> needs every resonance up to the default top; the reported list uses the settings' window.
        double searchLo = Math.min(settings.resonanceLoEv(window), window.e0Ev());
        double searchHi = Math.max(settings.resonanceHiEv(window), window.resonanceTopEv());
        // Without the search, approximate poles guide <T> (and nothing is reported): tested to agree with
        // the full search's <T> to 1e-8 (QuadratureGuideTest).
        boolean search = settings.resonanceSearch();
        List<Resonance> all = search ? ResonanceFinder.find(profile, massU, searchLo, searchHi)
                : QuadratureGuide.resonances(profile, massU, window);
        BoltzmannAverage.Average mean = BoltzmannAverage.average(profile, massU, window, all, !search);
        return new ZeroBias(all, mean.log10Mean(), mean.relativeUndetermined());
    }

    /**
     * The part of {@link #compute} that the tilted profile alone sets (the costly part of a biased configuration):
     * log10 of its <T>, which gives the quantum current, and the bound on that <T>'s undetermined part.
     */
    public record Biased(double log10MeanTransmission, double undetermined) {}

    /** {@link Biased} of a tilted profile at the settings' temperature. */
    public static Biased biased(Staircase tilted, double massU, ObservableSettings settings) {
        ThermalWindow tw = ThermalWindow.of(tilted, settings.temperatureK());
        // The biased profile's resonances are not reported: approximate ones guide its quadrature.
        List<Resonance> tiltedRes = QuadratureGuide.resonances(tilted, massU, tw);
        BoltzmannAverage.Average meanV = BoltzmannAverage.average(tilted, massU, tw, tiltedRes, true);
        return new Biased(meanV.log10Mean(), meanV.relativeUndetermined());
    }

    /**
     * {@link #compute} with the unbiased part given: {@code zeroBias} must be {@link #zeroBias} of the same
     * profile, mass and settings (callers that see one profile at several biases compute it once).
     */
    public static ObservableSummary compute(Staircase profile, Staircase tilted, double massU, int charge,
                                            ObservableSettings settings, ZeroBias zeroBias) {
        return compute(profile, tilted, massU, charge, settings, zeroBias,
                tilted == null ? null : biased(tilted, massU, settings));
    }

    /**
     * As above with the biased part given too: {@code biased} must be {@link #biased} of {@code tilted}, the mass
     * and the settings (null without a tilted profile).
     */
    public static ObservableSummary compute(Staircase profile, Staircase tilted, double massU, int charge,
                                            ObservableSettings settings, ZeroBias zeroBias, Biased biased) {
        requireCharge(charge);
        ThermalWindow window = ThermalWindow.of(profile, settings.temperatureK());
        double lo = settings.resonanceLoEv(window);
        double hi = settings.resonanceHiEv(window);
        boolean search = settings.resonanceSearch();
        List<Resonance> all = zeroBias.resonances();
        double log10T = zeroBias.log10MeanTransmission();
        double log10A = window.log10ArrheniusFactor();
        double occupancy = settings.model().occupancy(massU, settings.temperatureK());
        double gQ = Transport.conductancePs(charge, occupancy, log10T);
        double gC = Transport.conductancePs(charge, occupancy, log10A);
        double iQ = 0;
        double iC = 0;
        double iUndetermined = 0;
        if (tilted != null) {
            ThermalWindow tw = ThermalWindow.of(tilted, settings.temperatureK());
            iQ = Transport.currentPa(tilted, charge, occupancy, tw.kTEv(), biased.log10MeanTransmission());
            iUndetermined = biased.undetermined();
            iC = Transport.currentPa(tilted, charge, occupancy, tw.kTEv(), tw.log10ArrheniusFactor());
        }
        List<Resonance> shown = search
                ? all.stream().filter(r -> r.energyEv() >= lo && r.energyEv() <= hi).toList() : List.of();
        return new ObservableSummary(log10T, log10A, log10T - log10A, gQ, gC, iQ, iC, shown,
                shown.isEmpty() ? Double.NaN : shown.get(0).energyEv(), medianSpacingThz(shown), search,
                zeroBias.meanTransmissionUndetermined(), iUndetermined);
    }

    private static void requireCharge(int charge) {
        if (charge == 0) {
            throw new IllegalArgumentException("species charge must be a non-zero integer");
        }
    }

    static double medianSpacingThz(List<Resonance> res) {
        if (res.size() < 2) {
            return Double.NaN;
        }
        double[] gaps = new double[res.size() - 1];
        for (int i = 0; i + 1 < res.size(); i++) {
            gaps[i] = res.get(i + 1).energyEv() - res.get(i).energyEv();
        }
        Arrays.sort(gaps);
        int m = gaps.length / 2;
        double median = gaps.length % 2 == 1 ? gaps[m] : 0.5 * (gaps[m - 1] + gaps[m]);
        return median / PhysicalConstants.PLANCK_EV_S * 1e-12;
    }
}
