package dev.portico.psa.finance;

import dev.portico.psa.DateRange;
import java.io.Serializable;

/**
 * Invoice search; unset fields do not filter.
 *
 * @param unpaidOnly only invoices with a balance left
 */
public record InvoiceQuery(String number, DateRange date, boolean unpaidOnly) implements Serializable {

    public static InvoiceQuery all() {
        return new InvoiceQuery(null, null, false);
    }
}
