package io.ionsweep.io.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input gets one line naming the exact key path and what is allowed. */
class BadConfigTest {

    private static final String SPECIES = "species: K+\n";
    private static final String TWO_SPECIES = "species: [K+, Na+]\n";
    private static final String LAYERS = "profile: {type: layers, layers: [[0.1, 1.0]]}\n";
    private static final String ENERGY = "energy: {min_eV: 0.01, max_eV: 0.2, points: 8}\n";
    private static final String MULTI = "profile:\n  type: multisite\n  sites: 4\n  barrier_height_eV: 0.1\n"
            + "  barrier_width_A: 0.5\n  well_depth_eV: 0.05\n  well_width_A: 3.0\n";

    private static final String ECKART = "profile: {type: eckart, height_eV: 0.1, length_A: 0.5}\n";
    /** Test tables, relative to the working directory (the module's), which configs loaded from text resolve against. */
    private static final String TABLES = "src/test/resources/tables/";
    private static final String TABLE_ALLOWED = "; allowed: a CSV table: header x_A,V_<unit>";

    private static String table(String file, String more) {
        return "profile: {type: table, file: " + TABLES + file + more + "}\n";
    }

    private static Arguments bad(String yaml, String keyPath, String messageAfterPath) {
        return Arguments.of(yaml, keyPath, messageAfterPath);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // unknown keys, listing the allowed ones
                bad("specis: K+\n" + LAYERS + ENERGY, "specis",
                        "unknown key; allowed: name, description, species, mass_factor, temperature_K, bias_mV, "
                                + "profile, energy, conductance, sample, outputs, parquet, limits"),
                bad(SPECIES + "profile: {type: layers, layers: [[0.1, 1.0]], widht: 1}\n" + ENERGY, "profile.widht",
                        "unknown key; allowed: type, lead_left_eV, lead_right_eV, layers, slices_per_layer"),
                bad(SPECIES + LAYERS + ENERGY + "outputs: {spectrum: true}\n", "outputs.spectrum",
                        "unknown key; allowed: spectra, spectra_stride, summary, conductance, resonances, selectivity"),
                bad(SPECIES + LAYERS + ENERGY + "bias_mV: {from: 0, to: 1, step: 2}\n", "bias_mV.step",
                        "unknown key; allowed: from, to, steps, scale"),
                // wrong types
                bad(SPECIES + "mass_factor: two\n" + LAYERS + ENERGY, "mass_factor",
                        "\"two\" is not a number; allowed: a number >= 0.001 (factor on the species mass), a list of them, "
                                + "or a range {from, to, steps, scale: linear|log}"),
                bad(SPECIES + "profile: {type: layers, layers: [[\"0.1\", 1.0]]}\n" + ENERGY, "profile.layers[0][0]",
                        "\"0.1\" is not a number; allowed: a number (potential in eV)"),
                bad(SPECIES + LAYERS + "energy: {min_eV: 0.01, max_eV: 0.2, points: 8.5}\n", "energy.points",
                        "8.5 is not an integer; allowed: an integer from 2 to 1000000 (energies, both ends included)"),
                bad(SPECIES + MULTI.replace("sites: 4", "sites: 4.0") + ENERGY, "profile.sites",
                        "4.0 is not an integer; allowed: an integer from 1 to 1000 (number of binding sites)"),
                bad(SPECIES + MULTI + "  slices_per_layer: [8, 16]\n" + ENERGY, "profile.slices_per_layer",
                        "a list is not an integer; allowed: an integer from 1 to 1024 (slices per layer under bias)"),
                bad(SPECIES + LAYERS + ENERGY + "outputs: {spectra: yes}\n", "outputs.spectra",
                        "\"yes\" is not a boolean; allowed: true or false"),
                bad(SPECIES + "bias_mV:\n" + LAYERS + ENERGY, "bias_mV",
                        "an empty value is not a number; allowed: a number (bias in mV)"),
                bad("- K+\n- Na+\n", "", "a list is not a mapping; allowed: a mapping with species, profile and energy"),
                // NaN and infinities
                bad(SPECIES + "bias_mV: .nan\n" + LAYERS + ENERGY, "bias_mV",
                        ".nan is not a finite number; allowed: a number (bias in mV)"),
                bad(SPECIES + "profile: {type: layers, layers: [[.inf, 1.0]]}\n" + ENERGY, "profile.layers[0][0]",
                        ".inf is not a finite number; allowed: a number (potential in eV)"),
                bad(SPECIES + LAYERS + "energy: {values_eV: [0.1, -.inf]}\n", "energy.values_eV[1]",
                        "-.inf is not a finite number; allowed: a number (energy in eV)"),
                // negative or zero widths, and ranges that cross into them
                bad(SPECIES + "profile: {type: layers, layers: [[0.1, 1.0], [0.2, -0.3]]}\n" + ENERGY,
                        "profile.layers[1][1]", "-0.3 is not allowed; allowed: a number > 0 (width in Angstrom)"),
                bad(SPECIES + MULTI.replace("barrier_width_A: 0.5", "barrier_width_A: 0") + ENERGY,
                        "profile.barrier_width_A", "0 is not allowed; allowed: a number > 0 (width in Angstrom)"),
                bad(SPECIES + "profile: {type: layers, layers: [[0.1, {from: -0.5, to: 1.0, steps: 4}]]}\n" + ENERGY,
                        "profile.layers[0][1].from", "-0.5 is not allowed; allowed: a number > 0 (width in Angstrom)"),
                bad(SPECIES + "profile: {type: layers, layers: [[0.1, [1.0, 0.0]]]}\n" + ENERGY,
                        "profile.layers[0][1][1]", "0.0 is not allowed; allowed: a number > 0 (width in Angstrom)"),
                bad(SPECIES + MULTI.replace("well_depth_eV: 0.05", "well_depth_eV: [0.05, -0.1]") + ENERGY,
                        "profile.well_depth_eV[1]",
                        "-0.1 is not allowed; allowed: a number >= 0 (well depth in eV; wells sit at -depth)"),
                bad(SPECIES + "mass_factor: 0\n" + LAYERS + ENERGY, "mass_factor",
                        "0 is not allowed; allowed: a number >= 0.001 (factor on the species mass)"),
                bad(SPECIES + "temperature_K: [300, -4]\n" + LAYERS + ENERGY, "temperature_K[1]",
                        "-4 is not allowed; allowed: a number > 0 (temperature in K)"),
                // magnitudes that would overflow the kernel's arithmetic
                bad(SPECIES + "profile: {type: layers, layers: [[0.1, {from: 1, to: 5000, steps: 3}]]}\n" + ENERGY,
                        "profile.layers[0][1].to", "5000 is too large; allowed: a magnitude of at most 1000 (width in Angstrom)"),
                bad(SPECIES + "mass_factor: 1e300\n" + LAYERS + ENERGY, "mass_factor",
                        "1.0E300 is too large; allowed: a magnitude of at most 1000 (factor on the species mass)"),
                bad(SPECIES + LAYERS + "energy: {min_eV: 0.01, max_eV: 1e300, points: 8}\n", "energy.max_eV",
                        "1.0E300 is too large; allowed: a magnitude of at most 100 (highest energy in eV)"),
                bad(SPECIES + "bias_mV: [0, -20000]\n" + LAYERS + ENERGY, "bias_mV[1]",
                        "-20000 is too large; allowed: a magnitude of at most 10000 (bias in mV)"),
                bad("species: {name: X+, mass_u: 1e9, charge: 1}\n" + LAYERS + ENERGY, "species.mass_u",
                        "1.0E9 is too large; allowed: a magnitude of at most 10000 (ion mass in u)"),
                // species
                bad("species: Kx\n" + LAYERS + ENERGY, "species",
                        "\"Kx\" is not a built-in species; allowed: Li+, Na+, K+, Rb+, Cs+, Mg2+, Ca2+, Ba2+, "
                                + "or a custom {name, mass_u, charge}"),
                bad("species: [K+, Foo]\n" + LAYERS + ENERGY, "species[1]", "\"Foo\" is not a built-in species"),
                bad("species: [K+, K+]\n" + LAYERS + ENERGY, "species[1]", "K+ is listed twice; allowed: each species once"),
                bad("species: {name: X+, mass_u: 30, charge: 0}\n" + LAYERS + ENERGY, "species.charge",
                        "0 is not allowed; allowed: a non-zero integer from -10 to 10 (charge number z)"),
                bad("species: {name: K+, mass_u: 30, charge: 1}\n" + LAYERS + ENERGY, "species.name",
                        "\"K+\" is a built-in species name"),
                bad("species: [{name: X+, charge: 1}]\n" + LAYERS + ENERGY, "species[0].mass_u",
                        "missing required key; allowed: a number >= 0.001 (ion mass in u)"),
                bad("species: [[K+]]\n" + LAYERS + ENERGY, "species[0]", "a list inside the species list"),
                // impossible ranges and grids
                bad(SPECIES + "temperature_K: {from: 400, to: 300, steps: 3, scale: log}\n" + LAYERS + ENERGY,
                        "temperature_K", "from 400 is greater than to 300; allowed: from <= to"),
                bad(SPECIES + "bias_mV: {from: -10, to: 10, steps: 3, scale: log}\n" + LAYERS + ENERGY, "bias_mV.from",
                        "-10 is not allowed with scale: log; allowed: from > 0 and to > 0 for a log range"),
                bad(SPECIES + "bias_mV: {from: 0, to: 10, steps: 0}\n" + LAYERS + ENERGY, "bias_mV.steps",
                        "0 is not allowed; allowed: an integer >= 1 (number of values, both ends included)"),
                bad(SPECIES + "bias_mV: {from: 0, to: 10, steps: 1}\n" + LAYERS + ENERGY, "bias_mV.steps",
                        "steps: 1 cannot go from 0 to 10; allowed: an integer >= 2"),
                bad(SPECIES + "bias_mV: {from: 0, to: 10}\n" + LAYERS + ENERGY, "bias_mV.steps",
                        "missing required key; allowed: an integer >= 2"),
                bad(SPECIES + "bias_mV: {from: 0, to: 10, steps: 3, scale: cubic}\n" + LAYERS + ENERGY, "bias_mV.scale",
                        "\"cubic\" is not allowed; allowed: linear, log"),
                bad(SPECIES + LAYERS + "energy: {min_eV: 0.01, max_eV: 0.2, points: 1}\n", "energy.points",
                        "1 is not allowed; allowed: an integer from 2 to 1000000"),
                bad(SPECIES + LAYERS + "energy: {min_eV: 0.2, max_eV: 0.01, points: 8}\n", "energy.max_eV",
                        "0.01 is not above min_eV 0.2; allowed: a number > min_eV (highest energy in eV)"),
                bad(SPECIES + LAYERS + "energy: {min_eV: 0.2, max_eV: 0.2, points: 8}\n", "energy.max_eV",
                        "0.2 is not above min_eV 0.2"),
                bad(SPECIES + LAYERS + "energy: {values_eV: [0.1], points: 8}\n", "energy",
                        "values_eV together with min_eV/max_eV/points"),
                bad(SPECIES + MULTI.replace("sites: 4", "sites: {from: 1, to: 4, steps: 4}") + ENERGY, "profile.sites",
                        "a range is not allowed here; allowed: an integer from 1 to 1000 (number of binding sites) or a list of them"),
                bad(SPECIES + MULTI + "  slices_per_layer: 0\n" + ENERGY, "profile.slices_per_layer",
                        "0 is not allowed; allowed: an integer from 1 to 1024"),
                // missing required keys
                bad(SPECIES + LAYERS, "energy",
                        "missing required key; allowed: {min_eV, max_eV, points} or {values_eV: [...]}"),
                bad(LAYERS + ENERGY, "species", "missing required key; allowed: a built-in species (Li+, Na+, K+"),
                bad(SPECIES + "profile: {layers: [[0.1, 1.0]]}\n" + ENERGY, "profile.type",
                        "missing required key; allowed: layers, multisite, eckart, gaussian, table"),
                bad(SPECIES + "profile: {type: wiggly}\n" + ENERGY, "profile.type",
                        "\"wiggly\" is not allowed; allowed: layers, multisite, eckart, gaussian, table"),
                bad(SPECIES + "profile: {type: layers}\n" + ENERGY, "profile.layers",
                        "missing required key; allowed: a non-empty list of [potential_eV, width_A] pairs"),
                bad(SPECIES + MULTI.replace("  well_width_A: 3.0\n", "") + ENERGY, "profile.well_width_A",
                        "missing required key; allowed: a number > 0 (width in Angstrom)"),
                bad(SPECIES + LAYERS + "energy: {min_eV: 0.01, points: 8}\n", "energy.max_eV", "missing required key"),
                bad(SPECIES + LAYERS + ENERGY + "sample: {count: 10}\n", "sample.method",
                        "missing required key; allowed: random, sobol"),
                // empty lists
                bad(SPECIES + "bias_mV: []\n" + LAYERS + ENERGY, "bias_mV", "an empty list; allowed: a number (bias in mV)"),
                bad("species: []\n" + LAYERS + ENERGY, "species", "an empty list"),
                bad(SPECIES + "profile: {type: layers, layers: []}\n" + ENERGY, "profile.layers", "an empty list"),
                bad(SPECIES + LAYERS + "energy: {values_eV: []}\n", "energy.values_eV", "an empty list"),
                bad(SPECIES + "profile: {type: layers, layers: [[0.1]]}\n" + ENERGY, "profile.layers[0]",
                        "a list of 1 values; allowed: a [potential_eV, width_A] pair"),
                // duplicate keys
                bad(SPECIES + "species: Na+\n" + LAYERS + ENERGY, "species", "duplicate key; allowed: each key once per mapping"),
                bad(SPECIES + "profile: {type: layers, layers: [[0.1, 1.0]], type: layers}\n" + ENERGY, "profile.type",
                        "duplicate key"),
                // run options
                bad(SPECIES + LAYERS + ENERGY + "sample: {method: lhs, count: 10}\n", "sample.method",
                        "\"lhs\" is not allowed; allowed: random, sobol"),
                bad(SPECIES + LAYERS + ENERGY + "sample: {method: random, count: 0}\n", "sample.count",
                        "0 is not allowed; allowed: an integer from 1 to"),
                bad(SPECIES + LAYERS + ENERGY + "sample: {method: random, count: 5, scramble: true}\n", "sample.scramble",
                        "scramble with method: random; allowed: scramble only with method: sobol"),
                bad(SPECIES + LAYERS + ENERGY + "outputs: {spectra_stride: 0}\n", "outputs.spectra_stride",
                        "0 is not allowed; allowed: an integer >= 1"),
                bad(SPECIES + LAYERS + ENERGY + "outputs: {summary: false, resonances: false}\n", "outputs",
                        "summary, spectra and resonances are all false: nothing would be written; allowed: summary: true, "
                                + "spectra: true or resonances: true"),
                // outputs.selectivity where no selectivity table can be made
                bad(SPECIES + LAYERS + ENERGY + "outputs: {selectivity: true}\n", "outputs.selectivity",
                        "true with one species; allowed: false, or true only for a Cartesian sweep of two or more species"),
                bad(TWO_SPECIES + LAYERS + ENERGY + "outputs: {selectivity: true, conductance: false}\n",
                        "outputs.selectivity", "true with conductance: false; allowed: false, or true only"),
                bad(TWO_SPECIES + LAYERS + ENERGY + "outputs: {selectivity: true, summary: false}\n",
                        "outputs.selectivity", "true with summary: false; allowed: false, or true only"),
                bad(TWO_SPECIES + LAYERS + ENERGY + "sample: {method: random, count: 4}\noutputs: {selectivity: true}\n",
                        "outputs.selectivity", "true with a sample block (no two configurations differ only in species)"),
                bad(SPECIES + LAYERS + ENERGY + "outputs: {resonances: 1}\n", "outputs.resonances",
                        "1 is not a boolean; allowed: true or false"),
                // the conductance block
                bad(SPECIES + LAYERS + ENERGY + "conductance: rate\n", "conductance",
                        "\"rate\" is not a mapping; allowed: a mapping {model: rate, occupancy} or {model: landauer, "
                                + "concentration_mM, modes}"),
                bad(SPECIES + LAYERS + ENERGY + "conductance: {model: eyring}\n", "conductance.model",
                        "\"eyring\" is not allowed; allowed: rate, landauer"),
                bad(SPECIES + LAYERS + ENERGY + "conductance: {model: rate, ocupancy: 1}\n", "conductance.ocupancy",
                        "unknown key; allowed: model, occupancy, concentration_mM, modes"),
                bad(SPECIES + LAYERS + ENERGY + "conductance: {concentration_mM: 150}\n", "conductance.concentration_mM",
                        "not a key of model: rate; allowed: model, occupancy (or choose the model it belongs to)"),
                bad(SPECIES + LAYERS + ENERGY + "conductance: {model: landauer, concentration_mM: 150, occupancy: 0.5}\n",
                        "conductance.occupancy",
                        "not a key of model: landauer; allowed: model, concentration_mM, modes (or choose the model"),
                bad(SPECIES + LAYERS + ENERGY + "conductance: {model: landauer}\n", "conductance.concentration_mM",
                        "missing required key; allowed: a number > 0 (bath concentration in mM)"),
                bad(SPECIES + LAYERS + ENERGY + "conductance: {model: landauer, concentration_mM: 0}\n",
                        "conductance.concentration_mM", "0 is not allowed; allowed: a number > 0 (bath concentration in mM)"),
                bad(SPECIES + LAYERS + ENERGY + "conductance: {model: landauer, concentration_mM: .nan}\n",
                        "conductance.concentration_mM", ".nan is not a finite number; allowed: a number > 0"),
                bad(SPECIES + LAYERS + ENERGY + "conductance: {model: landauer, concentration_mM: [150, 300]}\n",
                        "conductance.concentration_mM", "a list is not a number; allowed: a number > 0"),
                bad(SPECIES + LAYERS + ENERGY + "conductance: {model: landauer, concentration_mM: 150, modes: -1}\n",
                        "conductance.modes", "-1 is not allowed; allowed: a number > 0 (transverse modes)"),
                bad(SPECIES + LAYERS + ENERGY + "conductance: {model: rate, occupancy: -0.1}\n", "conductance.occupancy",
                        "-0.1 is not allowed; allowed: a number >= 0 (probability that an ion is poised at the filter)"),
                bad(SPECIES + LAYERS + ENERGY + "conductance: {occupancy: \"1\"}\n", "conductance.occupancy",
                        "\"1\" is not a number; allowed: a number >= 0"),
                bad(SPECIES + LAYERS + ENERGY + "conductance: {occupancy: 1e300}\n", "conductance.occupancy",
                        "is too large; allowed: a magnitude of at most 1000000"),
                bad(SPECIES + LAYERS + ENERGY + "parquet: {codec: gzip}\n", "parquet.codec",
                        "\"gzip\" is not allowed; allowed: zstd, snappy, none"),
                bad(SPECIES + LAYERS + ENERGY + "limits: {max_output_bytes: lots}\n", "limits.max_output_bytes",
                        "\"lots\" is not a size; allowed: a number of bytes > 0, or a size such as 500MB, 2GiB, 1TB"),
                // smooth profiles: eckart and gaussian
                bad(SPECIES + ECKART.replace("length_A: 0.5", "length_A: -0.5") + ENERGY, "profile.length_A",
                        "-0.5 is not allowed; allowed: a number > 0 (length a of the barrier in Angstrom)"),
                bad(SPECIES + ECKART.replace("height_eV: 0.1", "height_eV: .nan") + ENERGY, "profile.height_eV",
                        ".nan is not a finite number; allowed: a number > 0 (barrier height in eV)"),
                bad(SPECIES + ECKART.replace("}", ", accuracy: 0.5}") + ENERGY, "profile.accuracy",
                        "0.5 is not allowed; allowed: a number from 1e-10 to 0.1 (requested accuracy: relative on T "
                                + "where T > 1e-30, absolute on log10 T below)"),
                bad(SPECIES + ECKART.replace("}", ", accuracy: {from: 1e-12, to: 1e-6, steps: 3, scale: log}}") + ENERGY,
                        "profile.accuracy.from", "1.0E-12 is not allowed; allowed: a number from 1e-10 to 0.1"),
                bad(SPECIES + ECKART.replace("}", ", accuracy: 0}") + ENERGY, "profile.accuracy",
                        "0 is not allowed; allowed: a number from 1e-10 to 0.1"),
                bad(SPECIES + ECKART.replace("}", ", field_width_A: 0}") + ENERGY, "profile.field_width_A",
                        "0 is not allowed; allowed: a number > 0 (width of the linear bias ramp in Angstrom)"),
                bad(SPECIES + ECKART.replace("}", ", center_A: 1e6}") + ENERGY, "profile.center_A",
                        "1000000.0 is too large; allowed: a magnitude of at most 1000 (position of the top in Angstrom)"),
                bad(SPECIES + "profile: {type: eckart, height_eV: 0.1}\n" + ENERGY, "profile.length_A",
                        "missing required key; allowed: a number > 0 (length a of the barrier in Angstrom)"),
                bad(SPECIES + ECKART.replace("}", ", sigma_A: 1}") + ENERGY, "profile.sigma_A",
                        "unknown key; allowed: type, height_eV, length_A, center_A, field_width_A, accuracy"),
                bad(SPECIES + "profile: {type: gaussian, height_eV: 0.1, sigma_A: [0.5, -1]}\n" + ENERGY,
                        "profile.sigma_A[1]", "-1 is not allowed; allowed: a number > 0 (standard width sigma in Angstrom)"),
                bad(SPECIES + "profile: {type: gaussian, height_eV: 0, sigma_A: 0.5}\n" + ENERGY, "profile.height_eV",
                        "0 is not allowed; allowed: a number > 0 (barrier height in eV)"),
                bad(SPECIES + "profile: {type: gaussian, height_eV: 0.1, sigma_A: .inf}\n" + ENERGY, "profile.sigma_A",
                        ".inf is not a finite number; allowed: a number > 0 (standard width sigma in Angstrom)"),
                // tables: the file, its content, units, interpolation
                bad(SPECIES + "profile: {type: table, file: no-such-table.csv}\n" + ENERGY, "profile.file",
                        "no such file: no-such-table.csv; allowed: the path of a CSV table x_A,V_<unit> (relative to "
                                + "the config file's directory, or absolute"),
                bad(SPECIES + "profile: {type: table}\n" + ENERGY, "profile.file", "missing required key; allowed: the path"),
                bad(SPECIES + "profile: {type: table, file: 3}\n" + ENERGY, "profile.file", "3 is not a text"),
                bad(SPECIES + table("unsorted.csv", "") + ENERGY, "profile.file",
                        TABLES + "unsorted.csv:4: x_A must increase strictly, got 0.5 after 1.0" + TABLE_ALLOWED),
                bad(SPECIES + table("one-row.csv", "") + ENERGY, "profile.file",
                        TABLES + "one-row.csv: needs at least two data rows, got 1" + TABLE_ALLOWED),
                bad(SPECIES + table("nan.csv", "") + ENERGY, "profile.file",
                        TABLES + "nan.csv:3: column V_eV: must be a finite number, got NaN" + TABLE_ALLOWED),
                bad(SPECIES + table("missing-column.csv", "") + ENERGY, "profile.file",
                        TABLES + "missing-column.csv:3: 1 values but the header (line 1) has 2 columns; missing column V_eV"),
                bad(SPECIES + table("unitless.csv", "") + ENERGY, "profile.file",
                        TABLES + "unitless.csv:1: no energy unit: name the column V_<unit>"),
                bad(SPECIES + table("kcal.csv", ", unit: eV") + ENERGY, "profile.file",
                        TABLES + "kcal.csv:1: column 'V_kcal/mol' is in kcal/mol but unit: eV was given"),
                bad(SPECIES + table("too-high.csv", "") + ENERGY, "profile.file",
                        TABLES + "too-high.csv: the potential at x_A = 0.5 is 150.0 eV, too large; allowed: potentials "
                                + "of magnitude at most 100 eV"),
                bad(SPECIES + table("kcal.csv", ", unit: furlongs") + ENERGY, "profile.unit",
                        "\"furlongs\" is not allowed; allowed: eV, meV, kcal/mol, kJ/mol, kT"),
                bad(SPECIES + "temperature_K: [280, 310]\n" + table("unitless.csv", ", unit: kT") + ENERGY, "profile.unit",
                        "kT needs one temperature, but temperature_K is swept; allowed: eV, meV, kcal/mol or kJ/mol "
                                + "with a swept temperature_K; kT only with a single temperature_K"),
                bad(SPECIES + "temperature_K: {from: 280, to: 310, steps: 4}\n" + table("kt.csv", "") + ENERGY,
                        "profile.file", TABLES + "kt.csv: the table is in kT (column name), but temperature_K is swept"),
                bad(SPECIES + table("kcal.csv", ", interpolation: spline") + ENERGY, "profile.interpolation",
                        "\"spline\" is not allowed; allowed: pchip, linear"),
                bad(SPECIES + table("kcal.csv", ", lead_left_eV: .inf") + ENERGY, "profile.lead_left_eV",
                        ".inf is not a finite number; allowed: a number (lead potential in eV)"),
                bad(SPECIES + table("kcal.csv", ", accuracy: [1e-6, 1]") + ENERGY, "profile.accuracy[1]",
                        "1 is not allowed; allowed: a number from 1e-10 to 0.1"),
                bad(SPECIES + table("kcal.csv", ", file_sha256: '" + "0".repeat(64) + "'") + ENERGY, "profile.file_sha256",
                        "the file's SHA-256 is 741d0b966eea93530a8e64144062ffde33cb382016c5081a70420159111fe7d5 (the table "
                                + "changed?); allowed: the SHA-256 of profile.file"),
                bad(SPECIES + table("kcal.csv", ", file_sha256: abc") + ENERGY, "profile.file_sha256",
                        "\"abc\" is not a SHA-256"),
                // unsafe or malformed YAML
                bad(SPECIES + "bias_mV: !!java.lang.Runtime 0\n" + LAYERS + ENERGY, "bias_mV",
                        "the tag !!java.lang.Runtime is not allowed"),
                bad("species: !custom K+\n" + LAYERS + ENERGY, "species", "the tag !custom is not allowed"),
                bad(SPECIES + "profile: !!set {a, b}\n" + ENERGY, "profile", "the tag !!set is not allowed"),
                bad(SPECIES + LAYERS + ENERGY + "---\n" + SPECIES, "", "the file holds more than one YAML document"),
                bad("", "", "the config is empty"),
                bad(SPECIES + "profile: {type: layers, layers: [[0.1, 1.0]]\n" + ENERGY, "", "YAML error"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("cases")
    void badInputNamesKeyPathAndWhatIsAllowed(String yaml, String keyPath, String messageAfterPath) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(yaml, "bad.yaml"));
        assertEquals(keyPath, e.keyPath(), e.getMessage());
        String prefix = "bad.yaml: " + (keyPath.isEmpty() ? "" : keyPath + ": ");
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        assertTrue(e.getMessage().substring(prefix.length()).contains(messageAfterPath),
                "expected '" + messageAfterPath + "' in: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().contains("; allowed: "), e.getMessage());
    }

    @Test
    void theContractExampleIsWordForWord() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(
                SPECIES + "profile: {type: layers, layers: [[0.1, 1.0], [0.2, -0.3]]}\n" + ENERGY, "configs/x.yaml"));
        assertEquals("configs/x.yaml: profile.layers[1][1]: -0.3 is not allowed; "
                + "allowed: a number > 0 (width in Angstrom)", e.getMessage());
        assertEquals("profile.layers[1][1]", e.keyPath());
    }

    @Test
    void tooManySobolDimensionsNameTheSampleMethod() {
        StringBuilder layers = new StringBuilder("profile:\n  type: layers\n  layers:\n");
        for (int i = 0; i < 17; i++) {
            layers.append("    - [{from: 0, to: 0.2}, {from: 0.1, to: 1}]\n");
        }
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(
                SPECIES + layers + ENERGY + "sample: {method: sobol, count: 10}\n", "bad.yaml"));
        assertEquals("sample.method", e.keyPath());
        assertTrue(e.getMessage().contains("up to 32 swept parameters, got 34"), e.getMessage());
        // The same space samples fine at random.
        assertEquals(10, ConfigLoader.load(SPECIES + layers + ENERGY + "sample: {method: random, count: 10}\n", "ok.yaml")
                .plan().size());
    }

    @Test
    void sweepsBeyondLongAreRefused() {
        String huge = "{from: 1, to: 2, steps: 2000000000}";
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(SPECIES
                + "mass_factor: " + huge + "\ntemperature_K: " + huge + "\nbias_mV: " + huge + "\n"
                + "profile: {type: layers, layers: [[0.1, " + huge + "]]}\n" + ENERGY, "bad.yaml"));
        assertEquals("", e.keyPath());
        assertTrue(e.getMessage().contains("more than 9223372036854775807 configurations"), e.getMessage());
    }

    @Test
    void aSpectrumNeedsExactlyOneConfiguration() {
        SweepConfig sweep = ConfigLoader.load(SPECIES + "bias_mV: [0, 10]\n" + LAYERS + ENERGY, "sweep.yaml");
        ConfigException e = assertThrows(ConfigException.class, sweep::singleConfiguration);
        assertEquals("sweep.yaml: the config describes 2 configurations (swept: bias_mV); allowed: one value per "
                + "parameter and no sample block for a spectrum (use ionsweep run for sweeps)", e.getMessage());
        assertEquals(0.0, ConfigLoader.load(SPECIES + LAYERS + ENERGY, "one.yaml").singleConfiguration().biasMv());
    }

    @Test
    void missingFileIsAConfigError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(java.nio.file.Path.of("no/such/config.yaml")));
        assertEquals("no/such/config.yaml: no such file; allowed: the path of a YAML config", e.getMessage());
    }
}
