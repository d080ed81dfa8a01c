package io.ionsweep.io.config;

import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.sweep.Axis;
import io.ionsweep.engine.sweep.CartesianSweep;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.EnergyGrid;
import io.ionsweep.engine.sweep.ProfileTemplate;
import io.ionsweep.engine.sweep.SampledSweep;
import io.ionsweep.engine.sweep.SamplingMethod;
import io.ionsweep.engine.sweep.SobolSequence;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.engine.sweep.SweepSpace;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a YAML config (a spectrum config is a sweep of one configuration) into a {@link SweepConfig},
 * validating everything before any work: every problem is a {@link ConfigException} naming the key path
 * and what is allowed.
 *
 * <p>Keys: {@code name}, {@code description} (free text); {@code species}; {@code mass_factor} (default 1),
 * {@code temperature_K} (default 300), {@code bias_mV} (default 0); {@code profile} ({@code type:} one of
 * {@link ProfileMappers#types()}; a {@code table}'s {@code file} is relative to the config file's
 * directory); {@code energy} (its {@code min_eV..max_eV} is also the resonance window; a {@code values_eV}
 * list leaves the default window); {@code conductance}; {@code sample}; {@code outputs}; {@code parquet};
 * {@code limits}. Numeric physics parameters may be a scalar, a list or a range. Magnitudes are bounded
 * far beyond the physics (see {@code Bounds}: 100 eV, 1000 Angstrom, 10 V, ...) so that every accepted config
 * gives finite kernel arithmetic.
 */
public final class ConfigLoader {
    private ConfigLoader() {}

    static final List<String> TOP_KEYS = List.of("name", "description", "species", "mass_factor", "temperature_K",
            "bias_mV", "profile", "energy", "conductance", "sample", "outputs", "parquet", "limits");
    static final String ROOT_ALLOWED = "a mapping with species, profile and energy (and optionally "
            + "mass_factor, temperature_K, bias_mV, conductance, sample, outputs, parquet, limits, name, description)";

    /** Loads a config file; the file name is the source in messages. */
    public static SweepConfig load(Path file) {
        String source = file.toString();
        String yaml;
        try {
            long size = Files.size(file);
            if (size > 4L * SafeYaml.MAX_CODE_POINTS) {
                throw new ConfigException(source, "", "the file is " + size + " bytes long", "a config of at most 3 MiB");
            }
            yaml = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException(source, "", "no such file", "the path of a YAML config");
        } catch (CharacterCodingException e) {
            throw new ConfigException(source, "", "the file is not UTF-8 text", "a UTF-8 YAML file");
        } catch (IOException e) {
            throw new ConfigException(source, "", "cannot read the file: " + e.getMessage(), "a readable YAML file");
        }
        Path directory = file.getParent();
        return load(yaml, source, directory == null ? Path.of("") : directory);
    }

    /**
     * Loads a config from text; {@code sourceName} stands for the file in messages. Relative file names
     * in it (a {@code table} profile's {@code file}) resolve against the working directory.
     */
    public static SweepConfig load(String yaml, String sourceName) {
        return load(yaml, sourceName, Path.of(""));
    }

    /**
     * Loads a config from text; {@code sourceName} stands for the file in messages, and relative file
     * names in it resolve against {@code configDirectory}.
     */
    public static SweepConfig load(String yaml, String sourceName, Path configDirectory) {
        Object data = SafeYaml.read(yaml, sourceName);
        ConfigNode rootNode = new ConfigNode(sourceName, "", data);
        if (data == null) {
            throw rootNode.error("the config is empty", ROOT_ALLOWED);
        }
        ConfigMap root = rootNode.map(ROOT_ALLOWED, TOP_KEYS);

        String name = root.get("name").map(n -> n.string("a text")).orElse(stem(sourceName));
        String description = root.get("description").map(n -> n.string("a text")).orElse("");
        SweepConfig.SamplingSpec sampling = RunOptionsReader.sample(root);
        ParameterReader params = new ParameterReader(sampling != null);

        List<Species> species = SpeciesReader.read(root);
        Axis massFactor = params.axis(root, "mass_factor", "mass_factor",
                Constraint.atLeast(Bounds.MIN_MASS, "factor on the species mass", Bounds.MASS_FACTOR), 1.0);
        Axis temperature = params.axis(root, "temperature_K", "temperature_K",
                Constraint.positive("temperature in K", Bounds.TEMPERATURE_K), 300.0);
        Axis bias = params.axis(root, "bias_mV", "bias_mV", Constraint.finite("bias in mV", Bounds.BIAS_MV), 0.0);
        ProfileTemplate profile = profile(root, params, new ProfileContext(configDirectory, temperature));
        EnergyGrid energy = EnergyReader.read(root);
        ObservableOptions observables = new ObservableOptions(ConductanceReader.read(root),
                EnergyReader.rangeMinEv(root), EnergyReader.rangeMaxEv(root));
        String selectivityBlocker = sampling != null ? "a sample block (no two configurations differ only in species)"
                : species.size() < 2 ? "one species" : null;
        Outputs outputs = RunOptionsReader.outputs(root, selectivityBlocker);
        ParquetOptions parquet = RunOptionsReader.parquet(root);
        Limits limits = RunOptionsReader.limits(root);

        SweepSpace space = new SweepSpace(species, massFactor, temperature, bias, profile);
        SweepPlan plan = plan(rootNode, root, space, energy, sampling);
        checkEnds(rootNode, plan);
        return new SweepConfig(plan, outputs, observables, parquet, limits, sampling, name, description, sourceName,
                dump(data));
    }

    private static ProfileTemplate profile(ConfigMap root, ParameterReader params, ProfileContext context) {
        String typesAllowed = String.join(", ", ProfileMappers.types());
        ConfigNode node = root.require("profile", "a mapping with type: " + typesAllowed);
        if (!node.isMap()) {
            throw node.error(ConfigNode.describe(node.value()) + " is not a mapping", "a mapping with type: " + typesAllowed);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) node.value();
        ConfigNode typeNode = node.child("type", raw.get("type"));
        if (!raw.containsKey("type")) {
            throw typeNode.error("missing required key", typesAllowed);
        }
        ProfileMapper mapper = ProfileMappers.forType(typeNode.choice(ProfileMappers.types())).orElseThrow();
        List<String> keys = new ArrayList<>();
        keys.add("type");
        keys.addAll(mapper.keys());
        ConfigMap m = node.map("a " + mapper.type() + " profile {" + String.join(", ", keys) + "}", keys);
        try {
            return mapper.map(m, params, context);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage(), "a valid " + mapper.type() + " profile");
        }
    }

    private static SweepPlan plan(ConfigNode rootNode, ConfigMap root, SweepSpace space, EnergyGrid energy,
                                  SweepConfig.SamplingSpec sampling) {
        if (sampling == null) {
            try {
                return new CartesianSweep(space, energy);
            } catch (IllegalArgumentException e) {
                throw rootNode.error(e.getMessage(), "fewer list values and range steps, or sample: {method, count}");
            }
        }
        SamplingMethod method = sampling.method().equals("sobol") ? SamplingMethod.SOBOL : SamplingMethod.RANDOM;
        try {
            return new SampledSweep(space, energy, method, sampling.count(), sampling.seed(), sampling.scramble());
        } catch (IllegalArgumentException e) {
            ConfigNode methodNode = root.get("sample").orElseThrow().child("method", sampling.method());
            throw methodNode.error(e.getMessage(), "method: random, or at most " + SobolSequence.MAX_DIMENSIONS
                    + " swept parameters with sobol");
        }
    }

    /**
     * Builds the first and last configurations and their staircases: the profile constructors check
     * what the per-value constraints cannot (e.g. a combination), before any work starts.
     */
    private static void checkEnds(ConfigNode rootNode, SweepPlan plan) {
        for (long id : new long[] {0, plan.size() - 1}) {
            try {
                Configuration c = plan.configuration(id);
                c.staircase();
            } catch (IllegalArgumentException e) {
                throw rootNode.child("profile", null).error("configuration " + id + " is invalid: " + e.getMessage(),
                        "parameters that make a valid profile");
            }
        }
    }

    private static String stem(String source) {
        String file = Path.of(source).getFileName() == null ? source : Path.of(source).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String dump(Object resolved) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build();
        return new Dump(settings).dumpToString(resolved instanceof Map<?, ?> m ? new LinkedHashMap<>(m) : resolved);
    }
}
