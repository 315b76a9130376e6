package se.sparbar.publicsite.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages for anonymous readers: an {@code ETag} and {@code Last-Modified} on each, a 304 to a
 * conditional repeat without rendering, and the rendered page kept until the data it shows changes
 * (ADR 0016). What the pages show changes in two ways: a transaction changes the record, which raises
 * the one number of {@code public_page_version} at its commit (V50); or time passes (a meeting
 * becomes past, a notice comes down from the notice board, an agenda is published days before its
 * meeting), which the minute of the application's clock stands for. A page is therefore the same for
 * the same version, minute, address, language and kind of request, and both the validators and the
 * cache's key are made of those.
 *
 * <p>Only a reader without a session is served this way: a signed-in user's pages show her own
 * drafts and actions, and a session may hold a message to show once. A page is kept only when its
 * rendering neither created a session (a form's CSRF token does) nor set a cookie, and answered 200.
 * Reading the version is one indexed row; if the database is gone the request goes on uncached and
 * meets the outage as any other.
 */
@Component
class PublicPageCache extends OncePerRequestFilter {

    /** The public pages (HTML, robots.txt and the sitemap), not the CSV, PDF, files, feeds or API, which stream or validate themselves. */
    private static final Pattern PUBLIC_PAGES = Pattern.compile("""
            /|/motions|/motions/\\d+|/cases|/cases/\\d+|/cases/number(/[^/]*)?|/meetings|/meetings/\\d+|/meetings/\\d+/minutes\
            |/paragraphs/\\d+|/paragraphs/\\d+/extract|/people/\\d+|/bodies/\\d+|/search|/governing-documents\
            |/governing-documents/due|/governing-documents/\\d+|/notice-board|/notice-board/archive|/action-plans\
            |/action-plans/\\d+|/action-items|/action-items/\\d+|/accessibility|/open-data|/robots.txt|/sitemap.xml""");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LocaleResolver locales;
    private final long capacity;
    private final String cacheControl;
    private final Map<Key, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private Stamp stamp = new Stamp(-1, -1);
    private long bytes;

    PublicPageCache(JdbcClient jdbc, Clock clock, LocaleResolver locales,
                    @Value("${sparbar.public-pages.cache-bytes:33554432}") long capacity,
                    @Value("${sparbar.public-pages.max-age:30s}") Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.locales = locales;
        this.capacity = Math.max(0, capacity);
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
    }

    /** The version of the data and the minute of the clock: a page rendered under one stamp is valid for it. */
    private record Stamp(long version, long minute) {
        boolean newerThan(Stamp other) {
            return version > other.version || (version == other.version && minute > other.minute);
        }
    }

    /** The row of {@code public_page_version}. */
    private record Version(long number, Instant changedAt) {
    }

    private record Key(String address, String variant) {
    }

    private record Page(byte[] body, String contentType, String etag, long lastModified) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !PUBLIC_PAGES.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null || signedIn()) {
            chain.doFilter(request, response);
            return;
        }
        Version version;
        try {
            version = jdbc.sql("select version, changed_at from public_page_version where id = 1")
                    .query((rs, n) -> new Version(rs.getLong("version"), rs.getTimestamp("changed_at").toInstant())).single();
        } catch (DataAccessException unavailable) {
            chain.doFilter(request, response);
            return;
        }
        Stamp now = new Stamp(version.number(), clock.instant().getEpochSecond() / 60);
        Instant changedAt = version.changedAt();
        String variant = locales.resolveLocale(request).toLanguageTag() + "|" + (request.getHeader("HX-Request") != null ? "hx" : "")
                + "|" + request.getHeader(HttpHeaders.ACCEPT);
        String etag = "W/\"" + digest(now.version() + "|" + now.minute() + "|" + variant) + "\"";
        Instant minuteStart = Instant.ofEpochSecond(now.minute() * 60);
        long lastModified = (changedAt.isAfter(minuteStart) ? changedAt : minuteStart).truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        if (notModified(request, etag, lastModified)) {
            validators(response, etag, lastModified);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Key key = new Key(address(request), variant);
        Page page = cached(now, key);
        if (page != null) {
            validators(response, etag, lastModified);
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, rendering);
            if (keepable(request, rendering)) {
                validators(rendering, etag, lastModified);
                keep(now, key, new Page(rendering.getContentAsByteArray(), rendering.getContentType(), etag, lastModified));
            }
        } finally {
            rendering.copyBodyToResponse();
        }
    }

    /** The path and its parameters in a canonical order (the parameters, not the query string: a page is the same for both orders). */
    private static String address(HttpServletRequest request) {
        StringBuilder address = new StringBuilder(request.getRequestURI());
        char separator = '?';
        for (var parameter : new java.util.TreeMap<>(request.getParameterMap()).entrySet()) {
            for (String value : parameter.getValue()) {
                address.append(separator).append(java.net.URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return address.toString();
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** RFC 9110: If-None-Match (weak comparison) when sent, else If-Modified-Since. */
    static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String opaque = etag.substring(2);
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(opaque)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return since >= 0 && lastModified <= since;
    }

    private void validators(HttpServletResponse response, String etag, long lastModified) {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader(HttpHeaders.VARY, "Cookie, HX-Request");
    }

    private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        String type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
                && !response.containsHeader(HttpHeaders.SET_COOKIE) && !response.containsHeader(HttpHeaders.CACHE_CONTROL)
                && type != null && (type.startsWith("text/") || type.startsWith("application/xml"));
    }

    private Page cached(Stamp now, Key key) {
        synchronized (pages) {
            if (now.newerThan(stamp)) {
                pages.clear();
                bytes = 0;
                stamp = now;
            }
            return now.equals(stamp) ? pages.get(key) : null;
        }
    }

    private void keep(Stamp at, Key key, Page page) {
        if (size(key, page) > capacity / 8) {
            return;
        }
        synchronized (pages) {
            if (!at.equals(stamp)) {
                return;
            }
            Page replaced = pages.put(key, page);
            bytes += size(key, page) - (replaced == null ? 0 : size(key, replaced));
            var eldest = pages.entrySet().iterator();
            while (bytes > capacity && eldest.hasNext()) {
                var entry = eldest.next();
                bytes -= size(entry.getKey(), entry.getValue());
                eldest.remove();
            }
        }
    }

    /** About what a kept page takes of the heap: its bytes, its key's characters and the objects around them. */
    private static long size(Key key, Page page) {
        return page.body().length + 2L * (key.address().length() + key.variant().length()) + 200;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
