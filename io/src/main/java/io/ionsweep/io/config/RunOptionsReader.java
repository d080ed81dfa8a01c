package io.ionsweep.io.config;

import io.ionsweep.io.parquet.Codec;

import java.util.List;

/** The blocks that are not physics: {@code sample}, {@code outputs}, {@code parquet}, {@code limits}. */
final class RunOptionsReader {
    private RunOptionsReader() {}

    static final List<String> SAMPLE_KEYS = List.of("method", "count", "seed", "scramble");
    static final List<String> METHODS = List.of("random", "sobol");
    /** Most sampled configurations. */
    static final long MAX_SAMPLE_COUNT = 1_000_000_000_000L;
    static final List<String> OUTPUT_KEYS = List.of("spectra", "spectra_stride", "summary", "conductance",
            "resonances", "selectivity");
    static final List<String> PARQUET_KEYS = List.of("codec", "row_group_mb");
    static final List<String> LIMIT_KEYS = List.of("max_output_bytes");
    private static final String BOOL = "true or false";

    static SweepConfig.SamplingSpec sample(ConfigMap root) {
        if (!root.has("sample")) {
            return null;
        }
        ConfigMap m = root.require("sample", "").map("a mapping {method: random|sobol, count, seed}", SAMPLE_KEYS);
        String method = m.require("method", String.join(", ", METHODS)).choice(METHODS);
        long count = m.require("count", "an integer >= 1 (configurations to draw)")
                .integer(1, MAX_SAMPLE_COUNT, "an integer from 1 to " + MAX_SAMPLE_COUNT + " (configurations to draw)");
        long seed = m.orDefault("seed", 0).integer(Long.MIN_VALUE, Long.MAX_VALUE, "a 64-bit integer");
        boolean scramble = false;
        if (m.has("scramble")) {
            ConfigNode s = m.get("scramble").orElseThrow();
            if (!method.equals("sobol")) {
                throw s.error("scramble with method: " + method, "scramble only with method: sobol");
            }
            scramble = s.bool(BOOL);
        } else if (method.equals("sobol")) {
            m.orDefault("scramble", false);
        }
        return new SweepConfig.SamplingSpec(method, count, seed, scramble);
    }

    /**
     * @param selectivityBlocker why the sweep cannot have a selectivity table (a sampled sweep, one species),
     *                           or null when it can
     */
    static Outputs outputs(ConfigMap root, String selectivityBlocker) {
        ConfigMap m = root.orDefault("outputs", new java.util.LinkedHashMap<String, Object>())
                .map("a mapping {summary, spectra, spectra_stride, conductance, resonances, selectivity}", OUTPUT_KEYS);
        boolean spectra = m.orDefault("spectra", false).bool(BOOL);
        int stride = (int) m.orDefault("spectra_stride", 1)
                .integer(1, Integer.MAX_VALUE, "an integer >= 1 (keep every n-th energy in the spectra)");
        boolean summary = m.orDefault("summary", true).bool(BOOL);
        boolean conductance = m.orDefault("conductance", true).bool(BOOL);
        boolean resonances = m.orDefault("resonances", true).bool(BOOL);
        if (!summary && !spectra && !resonances) {
            throw m.node().error("summary, spectra and resonances are all false: nothing would be written",
                    "summary: true, spectra: true or resonances: true");
        }
        String blocker = selectivityBlocker != null ? selectivityBlocker
                : !summary ? "summary: false" : !conductance ? "conductance: false" : null;
        boolean selectivity;
        if (m.has("selectivity")) {
            ConfigNode node = m.get("selectivity").orElseThrow();
            selectivity = node.bool(BOOL);
            if (selectivity && blocker != null) {
                throw node.error("true with " + blocker, "false, or true only for a Cartesian sweep of two or "
                        + "more species with summary and conductance on");
            }
        } else {
            selectivity = blocker == null;
            m.orDefault("selectivity", selectivity);
        }
        return new Outputs(spectra, stride, summary, conductance, resonances, selectivity);
    }

    static ParquetOptions parquet(ConfigMap root) {
        ConfigMap m = root.orDefault("parquet", new java.util.LinkedHashMap<String, Object>())
                .map("a mapping {codec, row_group_mb}", PARQUET_KEYS);
        List<String> codecs = java.util.Arrays.stream(Codec.values()).map(Codec::configName).toList();
        String codec = m.orDefault("codec", "zstd").choice(codecs);
        int rowGroupMb = (int) m.orDefault("row_group_mb", ParquetOptions.DEFAULT_ROW_GROUP_MB)
                .integer(1, ParquetOptions.MAX_ROW_GROUP_MB, "an integer from 1 to " + ParquetOptions.MAX_ROW_GROUP_MB
                        + " (row-group size in MiB)");
        return new ParquetOptions(Codec.parse("parquet.codec", codec), rowGroupMb);
    }

    static Limits limits(ConfigMap root) {
        ConfigMap m = root.orDefault("limits", new java.util.LinkedHashMap<String, Object>())
                .map("a mapping {max_output_bytes}", LIMIT_KEYS);
        ConfigNode node = m.orDefault("max_output_bytes", Limits.DEFAULT_MAX_OUTPUT_BYTES);
        if (node.value() instanceof String text) {
            long bytes = Limits.parseSize(text);
            if (bytes < 1) {
                throw node.error(ConfigNode.describe(text) + " is not a size", Limits.ALLOWED);
            }
            return new Limits(bytes);
        }
        return new Limits(node.integer(1, Long.MAX_VALUE, Limits.ALLOWED));
    }
}
