package io.ionsweep.cli;

import io.ionsweep.engine.run.ThermalObservable;
import io.ionsweep.io.config.SweepEstimate;
import io.ionsweep.io.dataset.DatasetInspection;
import io.ionsweep.io.dataset.Manifest;
import io.ionsweep.io.dataset.Tables;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code inspect} for people: a few aligned sections in plain text. */
final class InspectText {
    /** Missing part indices listed before the rest is summarised as "... and N more". */
    private static final int MAX_LISTED_PARTS = 20;

    private InspectText() {}

    static String render(Path dir, DatasetInspection in) {
        Manifest m = in.manifest();
        StringBuilder b = new StringBuilder();
        line(b, "dataset        %s", dir);
        line(b, "config         %s (sha256 %s)", m.configFile, abbreviate(m.configSha256));
        line(b, "ionsweep       %s, kernel %s, codec %s", m.ionsweepVersion, m.kernel, m.codec);
        line(b, "status         %s", m.status);
        line(b, "shard          %d/%d: %d of %d configurations", m.shardIndex, m.shardCount, m.shardConfigurations,
                m.totalConfigurations);
        line(b, "done           %d/%d configurations of the shard, %d part(s) of %d configurations each",
                m.configurationsDone, m.shardConfigurations, m.partsInShard, m.configsPerPart);
        if (!in.missingParts().isEmpty()) {
            List<Long> shown = in.missingParts().stream().limit(MAX_LISTED_PARTS).toList();
            String more = in.missingParts().size() > shown.size()
                    ? " ... and " + (in.missingParts().size() - shown.size()) + " more" : "";
            line(b, "missing parts  %s%s (resume with `ionsweep run %s --out %s --resume`)",
                    shown.stream().map(String::valueOf).collect(Collectors.joining(", ")), more, m.configFile, dir);
        }
        if (in.missingParts().isEmpty() && !"complete".equals(m.status)
                && in.tables().keySet().stream().anyMatch(Tables::isDerived)) {
            line(b, "derived        every part is done; %s is derived from the summary at the end of a run: "
                    + "finish it with `ionsweep run %s --out %s --resume`",
                    in.tables().keySet().stream().filter(Tables::isDerived).collect(Collectors.joining(", ")), m.configFile, dir);
        }
        b.append(System.lineSeparator()).append("tables").append(System.lineSeparator());
        for (Map.Entry<String, DatasetInspection.TableTotals> t : in.tables().entrySet()) {
            DatasetInspection.TableTotals v = t.getValue();
            line(b, "  %-12s %d rows in %d part(s), %s", t.getKey(), v.rows(), v.parts(), SweepEstimate.bytes(v.bytes()));
            for (Manifest.ColumnInfo c : m.tables.get(t.getKey())) {
                line(b, "    %-30s %-7s %-5s %s", c.name(), c.type(), c.unit().isEmpty() ? "-" : c.unit(), c.description());
            }
        }
        b.append(System.lineSeparator()).append("runs").append(System.lineSeparator());
        for (Manifest.RunEntry r : m.runs) {
            line(b, "  %s: %d configurations on %d thread(s) in %.3f s, %.4g configurations/s, %.4g energies/s",
                    r.started(), r.configurations(), r.threads(), r.wallSeconds(), r.configurationsPerSecond(),
                    r.energyEvaluationsPerSecond());
            if (r.batchLatencyMs() != null && !r.batchLatencyMs().isEmpty()) {
                line(b, "    batch latency (ms): %s", r.batchLatencyMs().entrySet().stream()
                        .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.4g", e.getValue()))
                        .collect(Collectors.joining(", ")));
            }
        }
        if (m.runs.isEmpty()) {
            line(b, "  (no finished run recorded)");
        }
        if (!in.statistics().isEmpty()) {
            b.append(System.lineSeparator()).append("summary results (listed parts)").append(System.lineSeparator());
            line(b, "  %-30s %-5s %12s %12s %12s", "column", "unit", "min", "median", "max");
            for (DatasetInspection.ColumnStatistics s : in.statistics()) {
                line(b, "  %-30s %-5s %12.5g %12.5g %12.5g%s", s.column(), s.unit().isEmpty() ? "-" : s.unit(),
                        s.min(), s.median(), s.max(), s.nanCount() > 0 ? "  (" + s.nanCount() + " NaN)" : "");
            }
        }
        if (!in.uncertified().isEmpty()) {
            b.append(System.lineSeparator()).append("certification (listed parts; README \"Where <T> itself is not "
                    + "determined\")").append(System.lineSeparator());
            for (DatasetInspection.ColumnStatistics s : in.statistics()) {
                Long n = in.uncertified().get(s.column());
                if (n != null) {
                    line(b, "  %-30s above %.0e in %d of %d rows", s.column(), ThermalObservable.STATED_ACCURACY, n,
                            s.count());
                }
            }
        }
        return b.toString();
    }

    private static String abbreviate(String sha) {
        return sha == null ? "?" : sha.substring(0, Math.min(12, sha.length()));
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
