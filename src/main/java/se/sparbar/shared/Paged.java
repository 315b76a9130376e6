package se.sparbar.shared;

import java.util.List;

/**
 * One page of a list read with {@code limit}/{@code offset}: its lines, the page's number (from 0),
 * the page size and the number of lines in the whole list. {@code fragments/pagination :: pager}
 * renders it (as it does a Spring Data {@code Page}).
 */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public int number() {
        return page;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
