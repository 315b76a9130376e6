package se.sparbar;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An anonymous reader with a session of her own: her public pages are rendered every time, never
 * answered from the public pages' cache (ADR 0016), so that a test or benchmark that counts a page's
 * SQL or times it measures the page and not the cache.
 */
public final class Rendered {

    private Rendered() {
    }

    public static RequestPostProcessor rendered() {
        return request -> {
            request.setSession(new MockHttpSession());
            return request;
        };
    }
}
