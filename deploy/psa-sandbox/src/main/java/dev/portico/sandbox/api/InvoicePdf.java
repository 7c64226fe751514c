package dev.portico.sandbox.api;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData.InvoiceLine;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Renders an invoice as PDF with OpenPDF: number, dates, customer, lines and totals, all taken from the invoice
 * record, so the same invoice always reads the same. The document dates are the invoice date, not "now".
 */
final class InvoicePdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font NORMAL = new Font(Font.HELVETICA, 10, Font.NORMAL);

    private InvoicePdf() {
    }

    static byte[] render(JsonObject invoice, List<InvoiceLine> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        Instant date = Instant.parse(invoice.getString("date"));
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(date.toEpochMilli());
        document.open();
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.TITLE, new PdfString("Invoice " + invoice.getString("invoiceNumber")));
        document.add(new Paragraph("Invoice " + invoice.getString("invoiceNumber"), TITLE));
        document.add(new Paragraph(" "));
        JsonObject company = invoice.getJsonObject("company");
        document.add(new Paragraph("Bill to: " + company.getString("name"), BOLD));
        String attention = Jsons.string(invoice, "attention");
        if (attention != null) {
            document.add(new Paragraph("Attention: " + attention, NORMAL));
        }
        document.add(new Paragraph(String.join(", ", nonNull(Jsons.string(invoice, "billingSiteAddressLine1"),
                Jsons.string(invoice, "billingSiteCity"), Jsons.string(invoice, "billingSiteState"),
                Jsons.string(invoice, "billingSiteZip"))), NORMAL));
        document.add(new Paragraph("Invoice date: " + invoice.getString("date").substring(0, 10), NORMAL));
        document.add(new Paragraph("Due date: " + Jsons.string(invoice, "dueDate").substring(0, 10), NORMAL));
        document.add(new Paragraph("Status: " + invoice.getJsonObject("status").getString("name"), NORMAL));
        document.add(new Paragraph(" "));

        PdfPTable table = new PdfPTable(new float[] {6, 1.2f, 1.8f, 1.8f});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"Description", "Qty", "Unit price", "Amount"}) {
            table.addCell(cell(heading, BOLD, Element.ALIGN_LEFT));
        }
        for (InvoiceLine line : lines) {
            table.addCell(cell(line.description(), NORMAL, Element.ALIGN_LEFT));
            table.addCell(cell(line.quantity().stripTrailingZeros().toPlainString(), NORMAL, Element.ALIGN_RIGHT));
            table.addCell(cell(money(line.unitPrice()), NORMAL, Element.ALIGN_RIGHT));
            table.addCell(cell(money(line.amount()), NORMAL, Element.ALIGN_RIGHT));
        }
        document.add(table);
        document.add(new Paragraph(" "));
        for (String[] total : new String[][] {{"Subtotal", "subtotal"}, {"Sales tax", "salesTax"}, {"Total", "total"},
                {"Balance due", "balance"}}) {
            Paragraph p = new Paragraph(total[0] + ": " + money(invoice.getJsonNumber(total[1]).bigDecimalValue()),
                    total[1].equals("total") ? BOLD : NORMAL);
            p.setAlignment(Element.ALIGN_RIGHT);
            document.add(p);
        }
        String bottom = Jsons.string(invoice, "bottomComment");
        if (bottom != null) {
            document.add(new Paragraph(" "));
            document.add(new Paragraph(bottom, NORMAL));
        }
        document.close();
        return out.toByteArray();
    }

    private static String[] nonNull(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).toArray(String[]::new);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    static String money(BigDecimal amount) {
        return "USD " + String.format(Locale.ROOT, "%,.2f", amount);
    }
}
