package io.ionsweep.io.config;

import io.ionsweep.engine.profile.Interpolation;
import io.ionsweep.engine.profile.TableProfile;
import io.ionsweep.engine.sweep.Axis;
import io.ionsweep.engine.sweep.ProfileTemplate;
import io.ionsweep.io.profile.EnergyUnit;
import io.ionsweep.io.profile.PmfTable;
import io.ionsweep.io.profile.PmfTableReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * {@code type: table}: a tabulated potential (e.g. a PMF from molecular dynamics) read from a CSV file
 * (format: {@link PmfTableReader}). Keys:
 * <ul>
 *   <li>{@code file}: the CSV, relative to the config file's directory (or absolute);</li>
 *   <li>{@code unit}: {@code eV}, {@code meV}, {@code kcal/mol}, {@code kJ/mol} or {@code kT}; by default the
 *       unit in the column name {@code V_<unit>}. {@code kT} converts at the config's {@code temperature_K}
 *       and is refused when {@code temperature_K} is swept: a PMF is computed at one temperature, and
 *       rescaling it with a swept temperature would change the potential and the thermal physics at once;</li>
 *   <li>{@code interpolation}: {@code pchip} (monotone cubic, default) or {@code linear};</li>
 *   <li>{@code lead_left_eV}, {@code lead_right_eV}: default the table's end values;</li>
 *   <li>{@code accuracy}: default 1e-6, from 1e-10 to 0.1;</li>
 *   <li>{@code file_sha256}: optional; when given the file must have this SHA-256. The resolved config
 *       always records it, so that {@code run --resume} refuses a table that changed in between.</li>
 * </ul>
 * The table is read once, at load time. Axis order (config_id numbering, last fastest):
 * {@code lead_left_eV, lead_right_eV, accuracy}.
 */
final class TableProfileMapper implements ProfileMapper {
    static final String TYPE = "table";
    /** Largest table file read. */
    static final long MAX_FILE_BYTES = 8L << 20;
    /** Most table points: MD PMFs have hundreds; each interval costs at least one slice per level. */
    static final int MAX_POINTS = 10_000;

    static final List<String> UNITS = List.of("eV", "meV", "kcal/mol", "kJ/mol", "kT");
    static final List<String> INTERPOLATIONS = List.of("pchip", "linear");
    private static final Constraint LEAD = Constraint.finite("lead potential in eV", Bounds.ENERGY_EV);
    private static final String FILE_ALLOWED = "the path of a CSV table x_A,V_<unit> (relative to the config "
            + "file's directory, or absolute; see configs/pmf/README.md)";
    private static final String TABLE_ALLOWED = "a CSV table: header x_A,V_<unit>, then at least two rows with "
            + "x_A strictly increasing and finite values (see configs/pmf/README.md)";
    private static final String KT_ALLOWED = "eV, meV, kcal/mol or kJ/mol with a swept temperature_K; kT only "
            + "with a single temperature_K (the temperature the table was computed at)";
    private static final String SHA_ALLOWED = "the SHA-256 of profile.file in hex (64 digits), or no file_sha256";
    private static final int SHA256_HEX_DIGITS = 64;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> keys() {
        return List.of("file", "unit", "interpolation", "lead_left_eV", "lead_right_eV", "accuracy", "file_sha256");
    }

    @Override
    public ProfileTemplate map(ConfigMap profile, ParameterReader params, ProfileContext context) {
        ConfigNode fileNode = profile.require("file", FILE_ALLOWED);
        Path path = context.resolve(fileNode.string(FILE_ALLOWED));
        byte[] bytes = readBytes(fileNode, path);
        checkSha256(profile, bytes);

        ConfigNode unitNode = profile.get("unit").orElse(null);
        EnergyUnit unit = unitNode == null ? null : EnergyUnit.parseOrNull(unitNode.choice(UNITS));
        Axis temperature = context.temperatureK();
        if (unit == EnergyUnit.KT && temperature.varies()) {
            throw unitNode.error("kT needs one temperature, but temperature_K is swept", KT_ALLOWED);
        }
        PmfTable table;
        try {
            table = PmfTableReader.read(path, unit, temperature.min());
        } catch (IllegalArgumentException e) {
            throw fileNode.error(e.getMessage(), TABLE_ALLOWED);
        }
        if (table.unit() == EnergyUnit.KT && temperature.varies()) {
            throw fileNode.error(path + ": the table is in kT (column name), but temperature_K is swept", KT_ALLOWED);
        }
        profile.orDefault("unit", table.unit().key());
        double[] x = table.xA();
        double[] v = table.potentialEv();
        checkSize(fileNode, path, x, v);

        Interpolation interpolation = Interpolation.parse(profile.orDefault("interpolation", "pchip")
                .choice(INTERPOLATIONS));
        Axis left = params.axis(profile, "lead_left_eV", "lead_left_eV", LEAD, v[0]);
        Axis right = params.axis(profile, "lead_right_eV", "lead_right_eV", LEAD, v[v.length - 1]);
        Axis accuracy = SmoothBarrierMapper.accuracy(profile, params);
        return new ProfileTemplate(TYPE, List.of(left, right, accuracy),
                values -> new TableProfile(x, v, values[0], values[1], interpolation, values[2]));
    }

    private static byte[] readBytes(ConfigNode fileNode, Path path) {
        if (!Files.isRegularFile(path)) {
            throw fileNode.error(Files.exists(path) ? path + " is not a regular file" : "no such file: " + path,
                    FILE_ALLOWED);
        }
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw fileNode.error(path + " is " + size + " bytes long", "a table of at most "
                        + SweepEstimate.bytes(MAX_FILE_BYTES));
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw fileNode.error(path + ": cannot read the table: " + e.getMessage(), FILE_ALLOWED);
        }
    }

    /** Compares with {@code file_sha256} when given, and records the file's hash in the resolved config. */
    private static void checkSha256(ConfigMap profile, byte[] bytes) {
        String actual;
        try {
            actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        ConfigNode given = profile.orDefault("file_sha256", actual);
        String expected = given.string(SHA_ALLOWED).strip().toLowerCase(Locale.ROOT);
        if (expected.length() != SHA256_HEX_DIGITS || !expected.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw given.error(ConfigNode.describe(given.value()) + " is not a SHA-256", SHA_ALLOWED);
        }
        if (!expected.equals(actual)) {
            throw given.error("the file's SHA-256 is " + actual + " (the table changed?)", SHA_ALLOWED);
        }
        profile.put("file_sha256", actual);
    }

    /** Bounds that keep the kernel's arithmetic finite and the slicing affordable. */
    private static void checkSize(ConfigNode fileNode, Path path, double[] x, double[] v) {
        if (x.length > MAX_POINTS) {
            throw fileNode.error(path + ": " + x.length + " points", "a table of at most " + MAX_POINTS + " points");
        }
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i]) > Bounds.WIDTH_A) {
                throw fileNode.error(path + ": x_A = " + x[i] + " is too large",
                        "positions of magnitude at most " + (long) Bounds.WIDTH_A + " (Angstrom)");
            }
            if (Math.abs(v[i]) > Bounds.ENERGY_EV) {
                throw fileNode.error(path + ": the potential at x_A = " + x[i] + " is " + v[i] + " eV, too large",
                        "potentials of magnitude at most " + (long) Bounds.ENERGY_EV + " eV");
            }
        }
    }
}
