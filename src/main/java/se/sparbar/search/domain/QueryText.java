package se.sparbar.search.domain;

/** Cleans what someone typed into the search box before it reaches the database. */
public final class QueryText {

    /** Longer queries get a message instead of a search. */
    public static final int MAX_LENGTH = 300;

    private QueryText() {
    }

    /** Without NUL bytes and other control characters (each becomes a space), trimmed; never null. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(Math.min(raw.length(), 20_000));
        for (int i = 0; i < raw.length() && i < 20_000; i++) {
            char c = raw.charAt(i);
            text.append(Character.isISOControl(c) || c == Segment.START || c == Segment.STOP ? ' ' : c);
        }
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    /** The words of a query without web-search syntax (quotes, a leading minus, "or"), for suggestions. */
    public static java.util.List<String> words(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String token : text.toLowerCase(java.util.Locale.ROOT).split("[\\s\"]+")) {
            String word = token.replaceAll("[^\\p{L}]", "");
            if (!token.startsWith("-") && !word.isEmpty() && !word.equals("or") && word.length() <= 100) {
                words.add(word);
            }
        }
        return words;
    }
}
