package io.ionsweep.spark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** DuckDB (in memory) as the independent reader of both datasets. */
final class DuckDb implements AutoCloseable {
    private final Connection connection;

    DuckDb() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
    }

    /** {@code read_parquet('DIR/TABLE/*.parquet')} */
    static String table(Path dir, String table) {
        return "read_parquet('" + dir.toAbsolutePath().resolve(table).toString().replace("'", "''") + "/*.parquet')";
    }

    List<List<Object>> rows(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    long count(String sql) throws SQLException {
        return ((Number) rows(sql).get(0).get(0)).longValue();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
