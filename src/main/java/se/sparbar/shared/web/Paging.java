package se.sparbar.shared.web;

import org.springframework.data.domain.PageRequest;

/** A page number as typed in an address: negative is the first page, far beyond the end an empty page (never an error). */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(int page, int size) {
        int last = Integer.MAX_VALUE / size - 1;
        return PageRequest.of(Math.min(Math.max(page, 0), last), size);
    }
}
