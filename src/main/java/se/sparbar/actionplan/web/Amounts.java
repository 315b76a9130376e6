package se.sparbar.actionplan.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * Amounts in kronor as people type them: "1 500 000", "1500000", "2 500,50". Spaces (also
 * non-breaking) group thousands; a comma or a point starts at most two decimals.
 */
final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile("\\d+([.,]\\d{1,2})?");

    private Amounts() {
    }

    /** The amount, or null when blank; a field error (and null) when it is not a non-negative amount. */
    static BigDecimal parse(String text, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String compact = text.replaceAll("[\\s\\u00a0\\u202f]", "").replaceFirst("(?i)(kr|sek|:-)$", "");
        if (compact.startsWith("-") || compact.startsWith("\u2212")) {
            errors.rejectValue(field, "amount.negative");
            return null;
        }
        if (!AMOUNT.matcher(compact).matches() || compact.length() > 16) {
            errors.rejectValue(field, "amount.invalidFormat");
            return null;
        }
        return new BigDecimal(compact.replace(',', '.'));
    }

    /** An amount as a form shows it again: plain digits, no grouping. */
    static String format(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
