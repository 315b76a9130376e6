package se.sparbar.settings;

import java.util.regex.Pattern;

/**
 * The municipality's case-number (diarienummer) template, e.g. {@code KS {yyyy}/{seq}} or
 * {@code {yyyy}.{seq} KS}. Tokens: {@code {yyyy}} the year, {@code {yy}} its last two digits,
 * {@code {seq}} the year's sequence number, {@code {seq:N}} zero-padded to N digits.
 */
public record CaseNumberFormat(String template) {

    private static final Pattern TOKEN = Pattern.compile("\\{(yyyy|yy|seq|seq:[1-9])}");
    private static final Pattern LITERAL = Pattern.compile("[\\p{L}\\p{N} ./:_-]*");

    public CaseNumberFormat {
        if (!isValid(template)) {
            throw new IllegalArgumentException("Invalid case number template: " + template);
        }
    }

    /** A template is valid when it has exactly one sequence token and otherwise only known tokens and plain characters. */
    public static boolean isValid(String template) {
        if (template == null || template.isBlank() || template.length() > 60) {
            return false;
        }
        var matcher = TOKEN.matcher(template);
        int sequences = 0;
        int last = 0;
        while (matcher.find()) {
            if (!LITERAL.matcher(template.substring(last, matcher.start())).matches()) {
                return false;
            }
            if (matcher.group(1).startsWith("seq")) {
                sequences++;
            }
            last = matcher.end();
        }
        return sequences == 1 && LITERAL.matcher(template.substring(last)).matches();
    }

    public String format(int year, long sequence) {
        var matcher = TOKEN.matcher(template);
        var result = new StringBuilder();
        while (matcher.find()) {
            String token = matcher.group(1);
            String value = switch (token) {
                case "yyyy" -> String.format("%04d", year);
                case "yy" -> String.format("%02d", year % 100);
                case "seq" -> Long.toString(sequence);
                default -> String.format("%0" + token.substring(4) + "d", sequence);
            };
            matcher.appendReplacement(result, value);
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
