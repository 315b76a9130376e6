package se.sparbar.shared.web;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * What PostgreSQL refused and where, read from its error, so that a form can show it beside the
 * field it came from: a reference to a record that does not exist ({@code 23503}, "Key (body_id)=(…)
 * is not present"), a text too long for its column ({@code 22001}), a number out of range ({@code 22003}).
 * A last line of defence: forms validate these before the database, and a gap shows as a field error
 * instead of a server error.
 */
record DatabaseRefusal(String sqlState, String column) {

    private static final Pattern KEY_COLUMN = Pattern.compile("Key \\(([a-z_]+)\\)=");

    static DatabaseRefusal of(DataIntegrityViolationException e) {
        SQLException sql = sqlException(e);
        String state = sql == null ? null : sql.getSQLState();
        String column = null;
        String message = sql == null ? null : sql.getMessage();
        if (message != null) {
            Matcher matcher = KEY_COLUMN.matcher(message);
            if (matcher.find()) {
                column = matcher.group(1);
            }
        }
        return new DatabaseRefusal(state, column);
    }

    /** The form field named for the column ({@code body_id} → {@code bodyId}), if any. */
    String field() {
        if (column == null) {
            return null;
        }
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }

    /** The message key for the user. */
    String messageKey() {
        if (sqlState == null) {
            return "error.refusedByDatabase";
        }
        return switch (sqlState) {
            case "23503" -> "error.unknownReference";
            case "22001" -> "error.tooLong";
            case "22003" -> "error.outOfRange";
            default -> "error.refusedByDatabase";
        };
    }

    static String describe(DataIntegrityViolationException e) {
        SQLException sql = sqlException(e);
        return sql == null ? e.getMessage() : sql.getSQLState() + " " + sql.getMessage();
    }

    private static SQLException sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
