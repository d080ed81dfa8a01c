package io.ionsweep.engine.sweep;

import java.util.List;

/**
 * The Cartesian product of every axis of a {@link SweepSpace}.
 *
 * <p><b>Order of config_id (stable, part of the dataset format).</b> The axes are taken in the canonical
 * order: {@code species}, {@code mass_factor}, {@code temperature_K}, {@code bias_mV}, then the profile
 * parameters in the order the profile type declares them (for {@code layers}: {@code lead_left_eV},
 * {@code lead_right_eV}, then layer i potential then width for i ascending; for {@code multisite}:
 * {@code sites}, {@code barrier_height_eV}, {@code barrier_width_A}, {@code well_depth_eV},
 * {@code well_width_A}; for {@code eckart}: {@code height_eV}, {@code length_A}, {@code center_A},
 * {@code field_width_A} (when given), {@code accuracy}; for {@code gaussian} the same with
 * {@code sigma_A} for {@code length_A}; for {@code table}: {@code lead_left_eV}, {@code lead_right_eV},
 * {@code accuracy}). The LAST axis varies fastest (row-major): with axis sizes n_0..n_{k-1} and
 * value indexes i_0..i_{k-1},
 * <pre>config_id = ((i_0 * n_1 + i_1) * n_2 + i_2) * ... * n_{k-1} + i_{k-1}</pre>
 * so a sweep is the nested loop {@code for species: for mass_factor: ... for last profile axis}. Decoding
 * an id is a mixed-radix division, O(number of axes), with nothing materialised. Fixed parameters are
 * axes of size 1 and do not change the numbering of the others.
 */
public final class CartesianSweep implements SweepPlan {
    private final SweepSpace space;
    private final EnergyGrid energy;
    private final List<Axis> axes;
    /** sizes[0] = species count, sizes[1 + j] = numeric axis j. */
    private final int[] sizes;
    private final long size;
    private final List<String> columns;
    private final List<String> swept;

    public CartesianSweep(SweepSpace space, EnergyGrid energy) {
        if (space == null || energy == null) {
            throw new IllegalArgumentException("a sweep needs a space and an energy grid");
        }
        this.space = space;
        this.energy = energy;
        this.axes = space.numericAxes();
        this.sizes = new int[axes.size() + 1];
        sizes[0] = space.species().size();
        long n = sizes[0];
        for (int j = 0; j < axes.size(); j++) {
            sizes[j + 1] = axes.get(j).size();
            try {
                n = Math.multiplyExact(n, sizes[j + 1]);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("the sweep has more than " + Long.MAX_VALUE + " configurations", e);
            }
        }
        this.size = n;
        this.columns = space.parameterColumns();
        this.swept = space.sweptParameters(columns);
        if (size > 1) {
            SweepSpace.requireColumns(configuration(size - 1), columns);
        }
    }

    public SweepSpace space() {
        return space;
    }

    /** Axis sizes in canonical order, species first. */
    public int[] axisSizes() {
        return sizes.clone();
    }

    /** The value index of each axis (species first) of a config_id: the mixed-radix digits, last axis fastest. */
    public int[] decode(long configId) {
        checkId(configId);
        int[] index = new int[sizes.length];
        long rest = configId;
        for (int k = sizes.length - 1; k >= 0; k--) {
            index[k] = (int) (rest % sizes[k]);
            rest /= sizes[k];
        }
        return index;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Configuration configuration(long configId) {
        int[] index = decode(configId);
        double[] values = new double[axes.size()];
        for (int j = 0; j < values.length; j++) {
            values[j] = axes.get(j).value(index[j + 1]);
        }
        return space.configuration(configId, index[0], values);
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

    @Override
    public String toString() {
        return "CartesianSweep[" + size + " configurations x " + energy.size() + " energies, swept " + swept + "]";
    }
}
