package dev.portico.portal.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PagedDataTableTest {

    @Test
    void onlyThePageSizesThePaginatorOffersAreTaken() {
        assertTrue(PagedDataTable.offered("25", "10,25,50,100", 25));
        assertTrue(PagedDataTable.offered("100", "10, 25,50 ,100", 25));
        assertFalse(PagedDataTable.offered("100000", "10,25,50,100", 25));
        assertFalse(PagedDataTable.offered("37", "10,25,50,100", 25));
        assertFalse(PagedDataTable.offered(null, "10,25,50,100", 25));
        assertFalse(PagedDataTable.offered("*", "10,25,50,100", 25));
        assertTrue(PagedDataTable.offered("*", "10,{ShowAll|'All'}", 25));
        assertTrue(PagedDataTable.offered("25", null, 25));
        assertFalse(PagedDataTable.offered("50", null, 25));
    }

    @Test
    void theFirstRowMustBeANonNegativeNumber() {
        assertTrue(PagedDataTable.nonNegative("0"));
        assertTrue(PagedDataTable.nonNegative("50"));
        assertFalse(PagedDataTable.nonNegative("-50"));
        assertFalse(PagedDataTable.nonNegative("1e3"));
        assertFalse(PagedDataTable.nonNegative(""));
        assertFalse(PagedDataTable.nonNegative(null));
        assertFalse(PagedDataTable.nonNegative("99999999999"));
    }
}
