package se.sparbar.opendata.oparl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of an external list: the four time filters (full timestamps with offset),
 * {@code limit} (advisory, 1–1000), {@code omit_internal}, and the keyset cursor {@code after}
 * that {@code links.next} carries. Pages are cut by key, never by offset, so a client syncing
 * the whole list costs the server the same at the millionth object as at the first.
 */
public record ListQuery(OffsetDateTime createdSince, OffsetDateTime createdUntil, OffsetDateTime modifiedSince,
                        OffsetDateTime modifiedUntil, int limit, boolean limitGiven, boolean omitInternal,
                        int afterKind, long afterId) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final Pattern CURSOR = Pattern.compile("([1-9])-(0|[1-9][0-9]{0,17})");
    private static final Set<String> KNOWN = Set.of("created_since", "created_until", "modified_since", "modified_until",
            "limit", "omit_internal", "after", "page");

    public static ListQuery parse(Map<String, String> params) {
        for (String name : params.keySet()) {
            if (!KNOWN.contains(name)) {
                throw OParlException.badRequest("Unknown parameter '" + name + "'. Known: " + String.join(", ", KNOWN));
            }
        }
        String page = params.get("page");
        if (page != null && !page.equals("1")) {
            throw OParlException.badRequest("Parameter 'page' is not supported beyond 1: follow links.next, which pages by key");
        }
        int limit = DEFAULT_LIMIT;
        String limitText = params.get("limit");
        if (limitText != null) {
            if (!limitText.matches("[0-9]{1,4}") || Integer.parseInt(limitText) < 1 || Integer.parseInt(limitText) > MAX_LIMIT) {
                throw OParlException.badRequest("Parameter 'limit' must be a whole number from 1 to " + MAX_LIMIT);
            }
            limit = Integer.parseInt(limitText);
        }
        String omit = params.get("omit_internal");
        if (omit != null && !omit.equals("true") && !omit.equals("false")) {
            throw OParlException.badRequest("Parameter 'omit_internal' must be true or false");
        }
        int afterKind = 0;
        long afterId = 0;
        String after = params.get("after");
        if (after != null) {
            Matcher cursor = CURSOR.matcher(after);
            if (!cursor.matches()) {
                throw OParlException.badRequest("Parameter 'after' is not a cursor this API wrote: follow links.next");
            }
            afterKind = Integer.parseInt(cursor.group(1));
            afterId = Long.parseLong(cursor.group(2));
        }
        return new ListQuery(time(params, "created_since"), time(params, "created_until"), time(params, "modified_since"),
                time(params, "modified_until"), limit, limitText != null, "true".equals(omit), afterKind, afterId);
    }

    private static OffsetDateTime time(Map<String, String> params, String name) {
        String text = params.get(name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw OParlException.badRequest("Parameter '" + name + "' must be a full timestamp with offset, e.g. 2024-11-27T18:00:00+01:00");
        }
    }

    /** Deleted objects are listed only to a client that asks what changed since a time. */
    public boolean includeDeleted() {
        return modifiedSince != null;
    }

    public boolean firstPage() {
        return afterKind == 0;
    }

    /** The URL of the page after the object with this key, keeping every filter. */
    public String next(String listUrl, int kind, long id) {
        return link(listUrl, kind + "-" + id);
    }

    public String self(String listUrl) {
        return link(listUrl, firstPage() ? null : afterKind + "-" + afterId);
    }

    public String first(String listUrl) {
        return link(listUrl, null);
    }

    private String link(String listUrl, String after) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("created_since", createdSince);
        params.put("created_until", createdUntil);
        params.put("modified_since", modifiedSince);
        params.put("modified_until", modifiedUntil);
        params.put("limit", limitGiven ? limit : null);
        params.put("omit_internal", omitInternal ? "true" : null);
        params.put("after", after);
        StringBuilder uri = new StringBuilder(listUrl);
        params.forEach((name, value) -> {
            if (value != null) {
                uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                        .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return uri.toString();
    }
}
