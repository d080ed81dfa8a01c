package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowFilterTest {
    /** Four rows: species, bias_mV (one missing), a range-rounded height. */
    private static final DataTable TABLE = new DataTable("t", List.of(
            new DataTable.Column("species", "", true, null, new String[] {"K+", "Na+", "K+", "it's"}),
            new DataTable.Column("bias_mV", "mV", true, new double[] {-50, 0, 50, Double.NaN}, null),
            new DataTable.Column("barrier_height_eV", "eV", true, new double[] {0.1, 0.30000000000000004, 0.09999999999999999, 0.2}, null)));

    private static boolean[] keep(String where) {
        return RowFilter.parse(where).matches(TABLE);
    }

    @Test
    void parsesComparisonsJoinedByAnd() {
        RowFilter f = RowFilter.parse("  bias_mV >= -1e1 and species = 'K+'  AND barrier_height_eV<>0.3 ");
        assertEquals(3, f.conditions().size());
        assertEquals(new RowFilter.Condition("bias_mV", RowFilter.Op.GE, -10.0, null), f.conditions().get(0));
        assertEquals(new RowFilter.Condition("species", RowFilter.Op.EQ, null, "K+"), f.conditions().get(1));
        assertEquals(new RowFilter.Condition("barrier_height_eV", RowFilter.Op.NE, 0.3, null), f.conditions().get(2));
        assertArrayEquals(new boolean[] {false, false, true, false}, f.matches(TABLE));
    }

    @Test
    void everyOperatorOnNumbersWithRoundingTolerance() {
        assertArrayEquals(new boolean[] {true, false, true, false}, keep("barrier_height_eV = 0.1"));
        assertArrayEquals(new boolean[] {true, false, true, false}, keep("barrier_height_eV == 0.1"));
        assertArrayEquals(new boolean[] {false, true, false, true}, keep("barrier_height_eV != 0.1"));
        assertArrayEquals(new boolean[] {false, false, false, false}, keep("barrier_height_eV < 0.1"));
        assertArrayEquals(new boolean[] {true, false, true, false}, keep("barrier_height_eV <= 0.1"));
        assertArrayEquals(new boolean[] {false, true, false, true}, keep("barrier_height_eV > 0.1"));
        assertArrayEquals(new boolean[] {false, true, false, false}, keep("barrier_height_eV >= 0.3"));
        assertArrayEquals(new boolean[] {true, false, false, false}, keep("bias_mV < 0"));
    }

    @Test
    void missingValuesMatchNothingAsNullInSql() {
        assertArrayEquals(new boolean[] {true, true, true, false}, keep("bias_mV != 1000"));
        assertArrayEquals(new boolean[] {false, false, false, false}, keep("bias_mV = 1000 AND bias_mV != 1000"));
    }

    @Test
    void quotedTextWithDoubledQuote() {
        assertArrayEquals(new boolean[] {false, false, false, true}, keep("species = 'it''s'"));
        assertArrayEquals(new boolean[] {false, true, false, true}, keep("species != 'K+'"));
        assertArrayEquals(new boolean[] {false, false, false, false}, keep("species = 'k+'"), "text compares exactly");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                   | empty filter",
        "bias_mV                              | expected a comparison",
        "bias_mV =                            | expected a number or a quoted string",
        "= 3                                  | expected a column name",
        "bias_mV = 0 AND                      | expected a column name",
        "bias_mV = 0 OR species = 'K+'        | OR is not supported",
        "bias_mV = 0 species = 'K+'           | expected AND",
        "species = 'K+                        | unterminated string",
        "bias_mV = 1.2.3                      | is not a number",
        "bias_mV = 12abc                      | is not a number",
        "bias_mV ~ 3                          | expected a comparison",
        "bias_mV = 0 AND AND x = 1            | not AND",
    })
    void syntaxErrorsSayWhatAndWhere(String where, String problem) {
        BadInputException e = assertThrows(BadInputException.class, () -> RowFilter.parse(where));
        assertTrue(e.getMessage().startsWith("--where: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains("allowed: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aMultiLineFilterGivesAOneLineMessage() {
        BadInputException e = assertThrows(BadInputException.class, () -> RowFilter.parse("bias_mV = 0\nAND\n = 1"));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mass_u = 3                | no column 'mass_u'",
        "species = 3               | holds text",
        "bias_mV = 'K+'            | holds numbers",
        "species < 'K+'            | only with = or !=",
    })
    void columnErrorsNameTheColumn(String where, String problem) {
        RowFilter f = RowFilter.parse(where);
        BadInputException e = assertThrows(BadInputException.class, () -> f.matches(TABLE));
        assertTrue(e.getMessage().startsWith("--where: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
