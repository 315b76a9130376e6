package se.sparbar.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** The address the pager's links add {@code page} to: this request's path and parameters, without its page. */
public final class PagerUrl {

    private PagerUrl() {
    }

    public static String of(HttpServletRequest request) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page").build().toUriString();
    }
}
