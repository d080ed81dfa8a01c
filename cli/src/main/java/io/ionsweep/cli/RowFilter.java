package io.ionsweep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --where} filter of the plot commands: comparisons {@code column OP value} joined by AND, with OP
 * one of {@code = != <> < <= > >=} and the value a number or a single-quoted string ({@code 'K+'}, a quote
 * inside doubled: {@code 'it''s'}). Numbers compare equal within {@link #RELATIVE_TOLERANCE} (values from
 * ranges carry rounding, so 0.1 matches 0.09999999999999999); text compares exactly, with = and != only.
 * A missing value matches no comparison, as NULL in SQL.
 *
 * @param text       the filter as given, for titles and messages
 * @param conditions the comparisons, all of which a row must meet
 */
record RowFilter(String text, List<RowFilter.Condition> conditions) {
    static final String OPTION = "--where";
    /** Relative tolerance of numeric comparisons. */
    static final double RELATIVE_TOLERANCE = 1e-9;

    enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    /** One comparison; exactly one of number and text is set. */
    record Condition(String column, Op op, Double number, String text) {
        @Override
        public String toString() {
            return column + " " + op.symbol + " " + (number != null ? DataTable.literal(number) : DataTable.literal(text));
        }
    }

    RowFilter {
        conditions = List.copyOf(conditions);
    }

    /** Keeps every row. */
    static RowFilter all() {
        return new RowFilter("", List.of());
    }

    /** The columns the filter names, each to "--where" (what {@link DatasetTable#summary} takes). */
    java.util.Map<String, String> columns() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        conditions.forEach(c -> m.put(c.column(), OPTION));
        return m;
    }

    boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** Parses a filter; a syntax error is a one-line {@link BadInputException} saying where and what is allowed. */
    static RowFilter parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException(OPTION + ": empty filter; allowed: column OP value [AND ...], e.g. \"bias_mV = 0 AND species = 'K+'\"");
        }
        return new Parser(text).filter();
    }

    /** Which rows meet every condition; an unknown column or a value of the wrong kind is a bad-input error. */
    boolean[] matches(DataTable table) {
        boolean[] keep = new boolean[table.rows()];
        java.util.Arrays.fill(keep, true);
        for (Condition c : conditions) {
            DataTable.Column col = table.column(c.column(), OPTION);
            if (col.numeric() && c.number() == null) {
                throw new BadInputException(OPTION + ": " + c + ": column '" + c.column() + "' holds numbers; allowed: a number, e.g. "
                        + c.column() + " " + c.op().symbol + " 0.1");
            }
            if (!col.numeric() && c.text() == null) {
                throw new BadInputException(OPTION + ": " + c + ": column '" + c.column() + "' holds text; allowed: a quoted string, e.g. "
                        + c.column() + " = 'K+'");
            }
            if (!col.numeric() && c.op() != Op.EQ && c.op() != Op.NE) {
                throw new BadInputException(OPTION + ": " + c + ": text compares only with = or !=");
            }
            for (int i = 0; i < keep.length; i++) {
                keep[i] &= col.numeric() ? compare(col.numbers()[i], c.op(), c.number()) : compare(col.texts()[i], c.op(), c.text());
            }
        }
        return keep;
    }

    static boolean compare(double v, Op op, double value) {
        if (Double.isNaN(v)) {
            return false;
        }
        boolean eq = v == value || Math.abs(v - value) <= RELATIVE_TOLERANCE * Math.max(Math.abs(v), Math.abs(value));
        return switch (op) {
            case EQ -> eq;
            case NE -> !eq;
            case LT -> v < value && !eq;
            case LE -> v < value || eq;
            case GT -> v > value && !eq;
            case GE -> v > value || eq;
        };
    }

    private static boolean compare(String v, Op op, String value) {
        if (v == null) {
            return false;
        }
        return op == Op.EQ ? v.equals(value) : !v.equals(value);
    }

    /** A recursive-descent parser over the characters: filter := comparison (AND comparison)*. */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        RowFilter filter() {
            List<Condition> conditions = new ArrayList<>();
            conditions.add(comparison());
            skipSpace();
            while (pos < s.length()) {
                int at = pos;
                String word = identifier();
                if (word == null || !word.equalsIgnoreCase("AND")) {
                    throw error(at, "expected AND or the end of the filter" + (word != null && word.equalsIgnoreCase("OR")
                            ? " (OR is not supported: run one plot per alternative)" : ""));
                }
                conditions.add(comparison());
                skipSpace();
            }
            return new RowFilter(oneLine(s.strip()), conditions);
        }

        private Condition comparison() {
            skipSpace();
            int at = pos;
            String column = identifier();
            if (column == null) {
                throw error(at, "expected a column name");
            }
            if (column.equalsIgnoreCase("AND")) {
                throw error(at, "expected a column name, not AND");
            }
            skipSpace();
            Op op = operator();
            skipSpace();
            at = pos;
            if (pos < s.length() && s.charAt(pos) == '\'') {
                return new Condition(column, op, null, string());
            }
            Double number = number();
            if (number == null) {
                throw error(at, "expected a number or a quoted string after " + column + " " + op.symbol);
            }
            return new Condition(column, op, number, null);
        }

        private String identifier() {
            skipSpace();
            int start = pos;
            if (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                    pos++;
                }
                return s.substring(start, pos);
            }
            return null;
        }

        private Op operator() {
            int at = pos;
            for (String symbol : new String[] {"!=", "<>", "<=", ">=", "==", "=", "<", ">"}) {
                if (s.startsWith(symbol, pos)) {
                    pos += symbol.length();
                    return switch (symbol) {
                        case "!=", "<>" -> Op.NE;
                        case "<=" -> Op.LE;
                        case ">=" -> Op.GE;
                        case "=", "==" -> Op.EQ;
                        case "<" -> Op.LT;
                        default -> Op.GT;
                    };
                }
            }
            throw error(at, "expected a comparison (= != < <= > >=)");
        }

        private String string() {
            int open = pos++;
            StringBuilder b = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '\'') {
                    if (pos < s.length() && s.charAt(pos) == '\'') {
                        b.append('\'');
                        pos++;
                    } else {
                        return b.toString();
                    }
                } else {
                    b.append(c);
                }
            }
            throw error(open, "unterminated string (close it with ')");
        }

        /** A decimal number such as -1, 0.25, 1e-3; null when none starts here. */
        private Double number() {
            int start = pos;
            if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                pos++;
            }
            int digits = 0;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                digits += Character.isDigit(s.charAt(pos)) ? 1 : 0;
                pos++;
            }
            if (digits > 0 && pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                    pos++;
                }
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            String token = s.substring(start, pos);
            if (digits == 0) {
                pos = start;
                return null;
            }
            try {
                double v = Double.parseDouble(token);
                if (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    throw error(start, "'" + token + s.charAt(pos) + "...' is not a number");
                }
                return v;
            } catch (NumberFormatException e) {
                throw error(start, "'" + token + "' is not a number");
            }
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private BadInputException error(int at, String problem) {
            String near = at < s.length() ? "at character " + (at + 1) + " ('" + oneLine(s.substring(at, Math.min(s.length(), at + 12))) + "')"
                    : "at the end";
            return new BadInputException(String.format(Locale.ROOT, "%s: \"%s\": %s %s; allowed: column OP value [AND ...] "
                    + "with OP = != < <= > >= and value a number or a 'quoted string'", OPTION, oneLine(s.strip()), problem, near));
        }

        /** Messages stay on one line whatever the filter holds. */
        private static String oneLine(String text) {
            return text.replaceAll("\\s+", " ");
        }
    }
}
