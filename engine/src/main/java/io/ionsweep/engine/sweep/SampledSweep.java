package io.ionsweep.engine.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code count} configurations drawn from a {@link SweepSpace}.
 *
 * <p>Each parameter that varies is one dimension of the unit cube, taken in the canonical axis order
 * (species, mass_factor, temperature_K, bias_mV, profile parameters): a range is drawn uniformly over
 * [from, to] (log-uniformly for log ranges), a list (species included) by drawing an index uniformly.
 * Fixed parameters take their value. Configuration {@code config_id} uses the point:
 * <ul>
 *   <li>{@link SamplingMethod#RANDOM}: successive doubles of a {@link SplittableRandom} seeded with
 *       {@link #mix(long, long) mix(seed, config_id)};</li>
 *   <li>{@link SamplingMethod#SOBOL}: Sobol point {@code config_id + 1} (the origin is skipped), digitally
 *       shifted by a word drawn from {@code seed} when {@code scramble} is on.</li>
 * </ul>
 * Either way a configuration depends only on (space, method, seed, config_id): not on the order or the
 * threads that compute it.
 */
public final class SampledSweep implements SweepPlan {
    private final SweepSpace space;
    private final EnergyGrid energy;
    private final SamplingMethod method;
    private final long count;
    private final long seed;
    private final boolean scramble;
    private final List<Axis> axes;
    private final boolean speciesVaries;
    /** For each numeric axis, its dimension in the unit cube, or -1 when fixed. */
    private final int[] dimensionOf;
    private final int dimensions;
    private final SobolSequence sobol;
    private final List<String> columns;
    private final List<String> swept;

    /**
     * @param count    number of configurations, >= 1
     * @param seed     seeds the random draws, or the Sobol digital shift
     * @param scramble Sobol only: apply the digital shift (ignored by RANDOM)
     */
    public SampledSweep(SweepSpace space, EnergyGrid energy, SamplingMethod method, long count, long seed,
                        boolean scramble) {
        if (space == null || energy == null || method == null) {
            throw new IllegalArgumentException("a sampled sweep needs a space, an energy grid and a method");
        }
        if (count < 1) {
            throw new IllegalArgumentException("sample count must be >= 1, got " + count);
        }
        this.space = space;
        this.energy = energy;
        this.method = method;
        this.count = count;
        this.seed = seed;
        this.scramble = scramble;
        this.axes = space.numericAxes();
        this.speciesVaries = space.species().size() > 1;
        this.dimensionOf = new int[axes.size()];
        int dims = speciesVaries ? 1 : 0;
        for (int j = 0; j < axes.size(); j++) {
            dimensionOf[j] = axes.get(j).varies() ? dims++ : -1;
        }
        this.dimensions = dims;
        if (method == SamplingMethod.SOBOL) {
            if (dims > SobolSequence.MAX_DIMENSIONS) {
                throw new IllegalArgumentException("sobol sampling supports up to " + SobolSequence.MAX_DIMENSIONS
                        + " swept parameters, got " + dims);
            }
            if (count > SobolSequence.MAX_INDEX - 1) {
                throw new IllegalArgumentException("sobol sampling supports up to " + (SobolSequence.MAX_INDEX - 1)
                        + " points, got " + count);
            }
            int sobolDims = Math.max(dims, 1);
            this.sobol = scramble ? SobolSequence.shifted(sobolDims, seed) : SobolSequence.of(sobolDims);
        } else {
            this.sobol = null;
        }
        this.columns = space.parameterColumns();
        this.swept = space.sweptParameters(columns);
    }

    /**
     * A 64-bit seed for one configuration: SplitMix64's finaliser over the pair, so neighbouring ids
     * and seeds give unrelated streams.
     */
    public static long mix(long seed, long configId) {
        return mix64(mix64(seed) + configId * 0x9E3779B97F4A7C15L);
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Number of unit-cube dimensions: the parameters that vary (species counts as one). */
    public int dimensions() {
        return dimensions;
    }

    public SamplingMethod method() {
        return method;
    }

    public long seed() {
        return seed;
    }

    public boolean scramble() {
        return scramble;
    }

    public SweepSpace space() {
        return space;
    }

    /** The unit-cube point of a configuration, coordinates in [0, 1). */
    public double[] unitPoint(long configId) {
        checkId(configId);
        double[] u = new double[dimensions];
        if (dimensions == 0) {
            return u;
        }
        if (method == SamplingMethod.SOBOL) {
            double[] p = sobol.point(configId + 1);
            System.arraycopy(p, 0, u, 0, dimensions);
        } else {
            SplittableRandom random = new SplittableRandom(mix(seed, configId));
            for (int d = 0; d < dimensions; d++) {
                u[d] = random.nextDouble();
            }
        }
        return u;
    }

    @Override
    public long size() {
        return count;
    }

    @Override
    public Configuration configuration(long configId) {
        double[] u = unitPoint(configId);
        int speciesIndex = speciesVaries ? SampleIndex.of(u[0], space.species().size()) : 0;
        double[] values = new double[axes.size()];
        for (int j = 0; j < values.length; j++) {
            int d = dimensionOf[j];
            values[j] = axes.get(j).sample(d < 0 ? 0.0 : u[d]);
        }
        return space.configuration(configId, speciesIndex, values);
    }

    @Override
    public EnergyGrid energy() {
        return energy;
    }

    @Override
    public List<String> parameterColumns() {
        return columns;
    }

    @Override
    public List<String> sweptParameters() {
        return swept;
    }

    /** Names of the unit-cube dimensions in order. */
    public List<String> dimensionNames() {
        List<String> names = new ArrayList<>();
        if (speciesVaries) {
            names.add(SweepSpace.SPECIES);
        }
        for (int j = 0; j < axes.size(); j++) {
            if (dimensionOf[j] >= 0) {
                names.add(axes.get(j).name());
            }
        }
        return names;
    }

    @Override
    public String toString() {
        return "SampledSweep[" + method + ", " + count + " configurations x " + energy.size()
                + " energies, seed " + seed + ", swept " + swept + "]";
    }
}
