package io.ionsweep.io.parquet;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** DuckDB (in memory) as the independent reader of the parts the writer produces. */
final class DuckDb implements AutoCloseable {

    private final Connection connection;

    DuckDb() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
    }

    /** A SQL string literal for a path. */
    static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** All rows of a query, each as an Object[] in column order (JDBC's getObject). */
    List<Object[]> rows(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[meta.getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The single value of a one-row, one-column query. */
    Object value(String sql) throws SQLException {
        List<Object[]> rows = rows(sql);
        if (rows.size() != 1 || rows.get(0).length != 1) {
            throw new IllegalStateException("expected one value from " + sql + ", got "
                    + rows.stream().map(Arrays::toString).toList());
        }
        return rows.get(0)[0];
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
