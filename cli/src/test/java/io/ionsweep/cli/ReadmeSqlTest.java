package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps README's SQL true: every ```sql block of README.md runs through DuckDB against a small dataset that
 * `ionsweep run` writes here, with every table. The convention (README "Analysis path"):
 * <ul>
 *   <li>A quoted path {@code 'NAME/summary/...'} (also spectra, resonances, selectivity, or
 *       {@code 'NAME/manifest.json'}), NAME a relative directory name or glob such as {@code results},
 *       {@code kcsa-tunnelling} or {@code shard*}, reads the test dataset instead.</li>
 *   <li>Other relative paths (e.g. {@code 'configs/measured-conductances.csv'}) resolve from the repository root.</li>
 *   <li>Statements end with {@code ;}; those of one block share a connection, blocks do not.</li>
 *   <li>Every query must return at least one row, unless the fence says {@code ```sql empty-ok}.</li>
 * </ul>
 */
class ReadmeSqlTest {
    @TempDir
    static Path tmp;
    static Path dataset;

    /**
     * 2 species x 2 mass factors x 2 barrier heights = 8 small configurations at zero bias, every table; README
     * describes it, and its quantum conductance crosses 100 pS between the two heights at mass_factor 1.
     */
    static final String SWEEP = """
            species: [K+, Na+]
            mass_factor: [0.01, 1]            # the ends of the seed studies' mass_factor range
            profile:
              type: multisite
              sites: 2
              barrier_height_eV: [0.2, 0.4]
              barrier_width_A: 0.2
              well_depth_eV: 0.05
              well_width_A: 1.0
              slices_per_layer: 4
            energy: {min_eV: 0.002, max_eV: 0.3, points: 64}
            outputs: {spectra: true, spectra_stride: 4}
            """;

    /** A quoted dataset path: 'NAME/' before a table directory or the manifest; group 1 is what follows NAME/. */
    static final Pattern DATASET_PATH =
            Pattern.compile("'[A-Za-z0-9_.*?\\[\\]-]+/((?:summary|spectra|resonances|selectivity)/|manifest\\.json')");

    static final Pattern SQL_FENCE = Pattern.compile("^```sql(\\s+empty-ok)?\\s*$");

    record Block(int line, String sql, boolean emptyOk) {}

    @BeforeAll
    static void writeDataset() throws IOException {
        Path cfg = tmp.resolve("readme-sweep.yaml");
        Files.writeString(cfg, SWEEP);
        dataset = tmp.resolve("data set's dir");   // a space and a quote: the substitution must quote properly
        CliRunner r = CliRunner.run("run", cfg.toString(), "--out", dataset.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        for (String table : List.of("summary", "spectra", "resonances", "selectivity")) {
            assertTrue(Files.isDirectory(dataset.resolve(table)), table + " missing from the test dataset");
        }
    }

    static Path readme() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("README.md")) && Files.isDirectory(d.resolve("cli"))) {
                return d.resolve("README.md");
            }
        }
        throw new IllegalStateException("README.md of the repository not found above " + Path.of("").toAbsolutePath());
    }

    static List<Block> sqlBlocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SQL_FENCE.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            int start = i;
            StringBuilder sql = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                sql.append(lines.get(i)).append('\n');
            }
            if (i == lines.size()) {
                fail("README.md:" + (start + 1) + ": ```sql block is never closed");
            }
            blocks.add(new Block(start + 1, sql.toString(), m.group(1) != null));
        }
        return blocks;
    }

    /** Points every quoted dataset path at {@code dir}. */
    static String substitute(String sql, Path dir) {
        String prefix = "'" + dir.toAbsolutePath().toString().replace("'", "''") + "/";
        return DATASET_PATH.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(prefix + m.group(1)));
    }

    /** Splits at semicolons outside quotes and comments; drops empty statements and comment-only ones. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean code = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                while (end >= 0 && end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                    end = sql.indexOf(c, end + 2);   // doubled quote inside the literal
                }
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated " + c + " in: " + sql);
                }
                cur.append(sql, i, end + 1);
                code = true;
                i = end;
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = (end < 0 ? sql.length() : end) - 1;
            } else if (c == ';') {
                if (code) {
                    out.add(cur.toString().strip());
                }
                cur.setLength(0);
                code = false;
            } else {
                cur.append(c);
                code |= !Character.isWhitespace(c);
            }
        }
        if (code) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    @Test
    void everySqlBlockOfTheReadmeRunsOnARealDataset() throws Exception {
        Path readme = readme();
        List<Block> blocks = sqlBlocks(Files.readAllLines(readme));
        // Other relative paths (e.g. configs/measured-conductances.csv) resolve from the repository root, as in README.
        String searchPath = "SET file_search_path = '" + readme.getParent().toString().replace("'", "''") + "'";
        assertTrue(blocks.size() >= 6, "expected README's analysis SQL, found " + blocks.size() + " ```sql blocks");
        List<String> failures = new ArrayList<>();
        for (Block b : blocks) {
            List<String> stmts = statements(substitute(b.sql(), dataset));
            if (stmts.isEmpty()) {
                failures.add("README.md:" + b.line() + ": empty ```sql block");
                continue;
            }
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                s.execute(searchPath);
                for (String stmt : stmts) {
                    try {
                        if (s.execute(stmt)) {
                            try (ResultSet rs = s.getResultSet()) {
                                if (!rs.next() && !b.emptyOk()) {
                                    failures.add("README.md:" + b.line() + ": no rows (mark the fence ```sql empty-ok"
                                            + " if that is right on a small dataset):\n" + stmt);
                                }
                            }
                        }
                    } catch (SQLException e) {
                        failures.add("README.md:" + b.line() + ": " + e.getMessage() + "\n" + stmt);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
    }

    @Test
    void datasetPathsOfAnyNameAreRedirectedAndOthersAreNot() {
        Path dir = Path.of("/d/it's");
        assertEquals("SELECT * FROM '/d/it''s/summary/*.parquet' JOIN '/d/it''s/resonances/part-00000.parquet'",
                substitute("SELECT * FROM 'results/summary/*.parquet' JOIN 'kcsa-tunnelling/resonances/part-00000.parquet'",
                        dir));
        assertEquals("read_parquet('/d/it''s/selectivity/*.parquet'), read_json('/d/it''s/manifest.json')",
                substitute("read_parquet('shard*/selectivity/*.parquet'), read_json('nav_tunnelling.v2/manifest.json')", dir));
        // Not a dataset path: a string value, an unknown table, a nested or absolute path.
        for (String sql : List.of("WHERE species = 'K+'", "'results/other/*.parquet'", "'a/b/summary/*.parquet'",
                "'/abs/summary/*.parquet'", "'results/summary_old/x'")) {
            assertEquals(sql, substitute(sql, dir));
        }
    }

    @Test
    void statementsSplitAtSemicolonsOutsideQuotesAndComments() {
        assertEquals(List.of("SELECT 'a;b', \"c;\"\"d\"", "SELECT 2"),
                statements("-- a comment; still a comment\nSELECT 'a;b', \"c;\"\"d\"; -- x;\n\nSELECT 2;\n-- end;\n"));
        assertEquals(List.of("SELECT 'it''s;'"), statements("SELECT 'it''s;'"));
        assertTrue(statements("-- only a comment\n  ;\n").isEmpty());
    }

    @Test
    void blocksAreFoundWithTheirFenceFlags() {
        List<Block> b = sqlBlocks(List.of("text", "```sql", "SELECT 1;", "```", "```sh", "ls", "```",
                "```sql empty-ok", "SELECT 2 WHERE false;", "```", "```sqlite", "x", "```"));
        assertEquals(List.of(new Block(2, "SELECT 1;\n", false), new Block(8, "SELECT 2 WHERE false;\n", true)), b);
    }
}
