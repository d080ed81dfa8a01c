package io.ionsweep.cli;

import io.ionsweep.io.config.SweepConfig;
import io.ionsweep.io.parquet.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a spectrum table as an aligned table, CSV (full double precision) or Parquet. */
final class SpectrumOutput {
    private SpectrumOutput() {}

    static final String CSV_HEADER = "config_id,energy_eV,transmission,log10_transmission";

    static void write(SpectrumTable t, SpectrumCommand.SpectrumFormat fmt, Path out, PrintWriter stdout,
                      SweepConfig sweep) throws IOException {
        if (fmt == SpectrumCommand.SpectrumFormat.PARQUET) {
            SpectrumParquet.write(t, out, sweep);
            return;
        }
        StringWriter buffer = new StringWriter();
        PrintWriter w = new PrintWriter(buffer);
        if (fmt == SpectrumCommand.SpectrumFormat.CSV) {
            csv(t, w);
        } else {
            table(t, w);
        }
        w.flush();
        if (out == null) {
            stdout.print(buffer);
            stdout.flush();
        } else {
            AtomicFiles.writeAtomically(out, buffer.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Shortest round-tripping decimal for every double: Double.toString is exact in that sense. */
    static void csv(SpectrumTable t, PrintWriter w) {
        w.println(CSV_HEADER);
        for (int i = 0; i < t.size; i++) {
            w.print(t.configId[i]);
            w.print(',');
            w.print(t.energyEv[i]);
            w.print(',');
            w.print(SpectrumTable.transmission(t.log10T[i]));
            w.print(',');
            w.println(t.log10T[i]);
        }
    }

    static void table(SpectrumTable t, PrintWriter w) {
        w.printf(Locale.ROOT, "%9s  %14s  %14s  %18s%n", "config_id", "energy_eV", "transmission", "log10_transmission");
        for (int i = 0; i < t.size; i++) {
            w.printf(Locale.ROOT, "%9d  %14.8g  %14.6e  %18.10f%n", t.configId[i], t.energyEv[i],
                    SpectrumTable.transmission(t.log10T[i]), t.log10T[i]);
        }
    }
}
