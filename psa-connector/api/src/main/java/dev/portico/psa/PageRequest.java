package dev.portico.psa;

import java.io.Serializable;

/** Which page of a list to fetch: zero-based page index and page size (at most 1000, the PSA's limit). */
public record PageRequest(int page, int size) implements Serializable {

    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size within 1.." + MAX_SIZE);
        }
    }

    /** From a table's first row and rows per page (as a lazy data table passes them). */
    public static PageRequest ofOffset(int first, int size) {
        return new PageRequest(Math.max(0, first) / size, size);
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }
}
