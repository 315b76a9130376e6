package se.sparbar.opendata.oparl;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OParl object as it is written out: properties in a stable order, and a property without a
 * value left out (never {@code null}, {@code ""} or {@code []}), except the lists the standard
 * makes mandatory, which {@link #list} keeps even when empty.
 */
public final class OParlObject extends LinkedHashMap<String, Object> {

    public static OParlObject of(String id, String type) {
        return new OParlObject().with("id", id).with("type", type);
    }

    public OParlObject with(String key, Object value) {
        if (value == null
                || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty()) {
            remove(key);
            return this;
        }
        put(key, value);
        return this;
    }

    /** A mandatory list: written even when empty. */
    public OParlObject list(String key, List<?> values) {
        put(key, values == null ? List.of() : values);
        return this;
    }
}
