package se.sparbar.opendata.oparl;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading a row's columns, and writing times as OParl wants them (with the municipality's offset). */
final class Values {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private Values() {
    }

    static Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return null;
    }

    static String timestamp(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).truncatedTo(ChronoUnit.SECONDS).format(TIMESTAMP);
    }

    static String timestamp(Map<String, Object> row, String column, ZoneId zone) {
        return timestamp(instant(row, column), zone);
    }

    static LocalDate date(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return value instanceof LocalDate date ? date : null;
    }

    static String dateText(Map<String, Object> row, String column) {
        LocalDate date = date(row, column);
        return date == null ? null : date.toString();
    }

    static Long id(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((Number) value).longValue();
    }

    static long key(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    static int kind(Map<String, Object> row) {
        return ((Number) row.get("k")).intValue();
    }

    static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    static boolean flag(Map<String, Object> row, String column) {
        return Boolean.TRUE.equals(row.get(column));
    }

    static BigDecimal amount(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((BigDecimal) value).stripTrailingZeros().setScale(Math.max(0, ((BigDecimal) value).stripTrailingZeros().scale()));
    }

    /** A comma-separated id list as the views aggregate them. */
    static List<Long> ids(Map<String, Object> row, String column) {
        String text = text(row, column);
        List<Long> ids = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                ids.add(Long.parseLong(part.trim()));
            }
        }
        return ids;
    }
}
