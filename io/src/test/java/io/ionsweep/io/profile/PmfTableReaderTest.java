package io.ionsweep.io.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.Accuracy;
import io.ionsweep.engine.profile.Interpolation;
import io.ionsweep.engine.profile.RichardsonTransmission;
import io.ionsweep.engine.profile.TableProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PmfTableReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private void assertError(String expectedAfterPath, Path file, EnergyUnit unit, double temperatureK) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PmfTableReader.read(file, unit, temperatureK));
        assertEquals(file + expectedAfterPath, e.getMessage());
    }

    @Test
    void unitConversionsAgainstPublishedValues() {
        // 1 eV = 96.48533212331 kJ/mol (the Faraday constant N_A e, exact, / 1000) = 23.0605478306190 kcal/mol
        // (/ 4.184); k_B = 8.617333262e-5 eV/K (CODATA, 10 digits), so kT(300 K) = 0.0258519997860 eV.
        assertEquals(1 / 96.48533212331, EnergyUnit.KJ_PER_MOL.evPerUnit(Double.NaN), 1e-15);
        assertEquals(1 / 23.0605478306190, EnergyUnit.KCAL_PER_MOL.evPerUnit(Double.NaN), 1e-15);
        assertEquals(8.617333262e-5 * 300, EnergyUnit.KT.evPerUnit(300), 2e-12);
        assertEquals(1e-3, EnergyUnit.MEV.evPerUnit(Double.NaN));
        assertEquals(EnergyUnit.KCAL_PER_MOL, EnergyUnit.parseOrNull("kcal_per_mol"));
        assertEquals(EnergyUnit.KJ_PER_MOL, EnergyUnit.parseOrNull("KJ/MOL"));
        assertEquals(null, EnergyUnit.parseOrNull("MeV"));
        assertEquals("profile.unit must be one of eV, meV, kcal/mol, kJ/mol, kT; got 'Hartree'",
                assertThrows(IllegalArgumentException.class, () -> EnergyUnit.parse("profile.unit", "Hartree")).getMessage());
    }

    @Test
    void readsEveryUnit() throws IOException {
        String body = "0.0,1.0\n0.5,2.0\n1.5,-1.0\n";
        Object[][] cases = {{"V_eV", 1.0}, {"V_meV", 1e-3}, {"V_kcal/mol", 1 / 23.0605478306190},
                {"V_kJ_per_mol", 1 / 96.48533212331}, {"V_kT", 8.617333262e-5 * 300}};
        for (Object[] c : cases) {
            PmfTable t = PmfTableReader.read(write("t.csv", "# c\n\nx_A," + c[0] + "\n" + body), null, 300);
            double s = (double) c[1];
            assertArrayEquals(new double[] {0.0, 0.5, 1.5}, t.xA());
            assertArrayEquals(new double[] {s, 2 * s, -s}, t.potentialEv(), 1e-9 * s, "column " + c[0]);
        }
        // A unit given separately names any column; extra columns are ignored.
        PmfTable t = PmfTableReader.read(write("u.csv", "\uFEFFx_A,PMF,err\n0,1,0.1\n1,3,0.2\n"), EnergyUnit.MEV, Double.NaN);
        assertArrayEquals(new double[] {1e-3, 3e-3}, t.potentialEv(), 1e-18);
        assertEquals(EnergyUnit.MEV, t.unit());
    }

    @Test
    void badFilesNameFileLineAndColumn() throws IOException {
        assertError(":4: x_A must increase strictly, got 0.5 after 1.0",
                write("a.csv", "x_A,V_eV\n0,0\n1,0\n0.5,0\n"), null, Double.NaN);
        assertError(":3: 1 values but the header (line 2) has 2 columns; missing column V_eV",
                write("b.csv", "# x\nx_A,V_eV\n0\n1,0\n"), null, Double.NaN);
        assertError(":2: column V_eV: must be a finite number, got NaN",
                write("c.csv", "x_A,V_eV\n0,NaN\n1,0\n"), null, Double.NaN);
        assertError(":3: column x_A: not a number: 'abc'",
                write("d.csv", "x_A,V_eV\n0,0\nabc,0\n"), null, Double.NaN);
        assertError(":2: column V_eV: missing value",
                write("e.csv", "x_A,V_eV\n0,\n1,0\n"), null, Double.NaN);
        assertError(": needs at least two data rows, got 1",
                write("f.csv", "x_A,V_eV\n0,0\n"), null, Double.NaN);
        assertError(":1: missing column: the header must name x_A and the potential, e.g. x_A,V_eV; got 'x_A'",
                write("g.csv", "x_A\n0\n1\n"), null, Double.NaN);
        assertError(":1: the first column must be x_A (position in Angstrom), got 'x_nm'",
                write("h.csv", "x_nm,V_eV\n0,0\n1,0\n"), null, Double.NaN);
        assertError(":1: column 'V_eV' is in eV but unit: kcal/mol was given",
                write("i.csv", "x_A,V_eV\n0,0\n1,0\n"), EnergyUnit.KCAL_PER_MOL, Double.NaN);
        assertError(":1: no energy unit: name the column V_<unit> with a unit of eV, meV, kcal/mol, kJ/mol, kT "
                        + "(e.g. V_kcal/mol), or set unit:; got 'V'",
                write("j.csv", "x_A,V\n0,0\n1,0\n"), null, Double.NaN);
        assertError(": temperature_K must be a finite number > 0 to read energies in kT, got NaN",
                write("k.csv", "x_A,V_kT\n0,0\n1,0\n"), null, Double.NaN);
        assertError(": no header: the first line must be x_A,V_<unit> (e.g. x_A,V_eV)",
                write("l.csv", "# only comments\n\n"), null, Double.NaN);
        Path missing = dir.resolve("none.csv");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PmfTableReader.read(missing, null, Double.NaN))
                .getMessage().startsWith(missing + ": cannot read the table"));
    }

    /** The shipped example: the barriers its comment promises, and a transmission at the default accuracy. */
    @Test
    void shippedExample() {
        Path file = Path.of("..", "configs", "pmf", "kcsa-like-4site.csv");
        PmfTable t = PmfTableReader.read(file, null, Double.NaN);
        assertEquals(EnergyUnit.KCAL_PER_MOL, t.unit());
        double kcal = EnergyUnit.KCAL_PER_MOL.evPerUnit(Double.NaN);
        double[] v = t.potentialEv();
        double lowest = 0;
        double highest = 0;
        for (double e : v) {
            lowest = Math.min(lowest, e / kcal);
            highest = Math.max(highest, e / kcal);
        }
        assertTrue(lowest > -2.4 && lowest < -2.2, "deepest well " + lowest + " kcal/mol");
        assertTrue(highest > 0.7 && highest < 0.9, "highest barrier " + highest + " kcal/mol");
        assertEquals(0.0, v[0]);
        assertEquals(0.0, v[v.length - 1]);

        TableProfile profile = t.toProfile(Interpolation.PCHIP);
        double[] e = new double[1024];
        for (int i = 0; i < e.length; i++) {
            e[i] = 0.001 + 0.2 * i / (e.length - 1.0);
        }
        double[] log10T = new double[e.length];
        RichardsonTransmission.Result r = profile.evaluate(KernelProvider.get(), SpeciesTable.lookup("K+").orElseThrow()
                .massU(), 0.0, e, log10T, e.length);
        assertTrue(r.converged() && r.errorEstimateLog10() <= Accuracy.DEFAULT, r.toString());
        for (double l : log10T) {
            assertTrue(Double.isFinite(l) && l <= 0, "log10 T " + l);
        }
        System.out.println("kcsa-like-4site.csv, K+, 1024 energies: " + r);
    }
}
