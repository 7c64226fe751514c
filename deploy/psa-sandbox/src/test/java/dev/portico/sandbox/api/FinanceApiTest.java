package dev.portico.sandbox.api;

import static dev.portico.sandbox.api.Fakes.array;
import static dev.portico.sandbox.api.Fakes.noHeaders;
import static dev.portico.sandbox.api.Fakes.object;
import static dev.portico.sandbox.api.Fakes.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.portico.sandbox.SandboxState;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FinanceApiTest {

    private static final FinanceResource FINANCE = new FinanceResource();

    @BeforeAll
    static void seed() {
        FINANCE.state = new SandboxState();
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @Test
    void invoicePdfShowsNumberCompanyLinesAndTotal() throws Exception {
        JsonObject invoice = array(FINANCE.invoices(uri("finance/invoices?conditions=type%3D%22Standard%22"),
                noHeaders())).getJsonObject(0);
        Response r = FINANCE.pdf(invoice.getInt("id"));
        assertEquals(200, r.getStatus());
        assertEquals("application/pdf", r.getMediaType().toString());
        byte[] pdf = (byte[]) r.getEntity();
        assertEquals("%PDF", new String(pdf, 0, 4));
        String text = text(pdf);
        assertTrue(text.contains(invoice.getString("invoiceNumber")), text);
        assertTrue(text.contains("Contoso Ltd"), text);
        assertTrue(text.contains("Travel charge"), text);
        assertTrue(text.contains(InvoicePdf.money(invoice.getJsonNumber("total").bigDecimalValue())), text);
        assertEquals(text, text((byte[]) FINANCE.pdf(invoice.getInt("id")).getEntity()), "same content every time");
    }

    @Test
    void agreementsAndInvoicesFilterByCompanyAndStatus() {
        JsonArray active = array(FINANCE.agreements(uri("finance/agreements?conditions=company%2Fid%3D250%20AND%20"
                + "agreementStatus%3D%22Active%22"), noHeaders()));
        assertEquals(2, active.size());
        int open = object(FINANCE.countInvoices(uri("x?conditions=company%2Fid%3D250%20AND%20balance%3E0"), noHeaders()))
                .getInt("count");
        int all = object(FINANCE.countInvoices(uri("x?conditions=company%2Fid%3D250"), noHeaders())).getInt("count");
        assertTrue(open >= 1 && open < all, "open invoices: " + open + " of " + all);
        assertEquals(404, assertThrows(ApiException.class, () -> FINANCE.pdf(1)).status());
    }
}
