package se.sparbar.search.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of highlighted text: plain text, marked or not. Pages render each piece with th:text
 * (inside {@code <mark>} when marked), so stored text never becomes markup.
 */
public record Segment(String text, boolean marked) {

    static final char START = '\uE000';
    static final char STOP = '\uE001';

    /** Splits a headline whose hits PostgreSQL wrapped in the sentinel characters. */
    public static List<Segment> parse(String headline) {
        List<Segment> segments = new ArrayList<>();
        if (headline == null) {
            return segments;
        }
        StringBuilder current = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START || c == STOP) {
                if (!current.isEmpty()) {
                    segments.add(new Segment(current.toString(), marked));
                    current.setLength(0);
                }
                marked = c == START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            segments.add(new Segment(current.toString(), marked));
        }
        return segments;
    }

    public static String plain(List<Segment> segments) {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
