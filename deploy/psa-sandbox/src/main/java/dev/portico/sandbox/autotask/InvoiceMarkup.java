package dev.portico.sandbox.autotask;

import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The invoice as Autotask renders it for {@code /Invoices/{id}/InvoiceMarkupHtml} and {@code InvoiceMarkupXml}:
 * Autotask has no PDF endpoint, so a portal shows (or prints) this markup. Same content every time.
 */
final class InvoiceMarkup {

    private InvoiceMarkup() {
    }

    static String html(SandboxData d, JsonObject invoice) {
        JsonObject company = d.companies.get(Row.id(invoice, "company"));
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Invoice ")
                .append(esc(Row.text(invoice, "invoiceNumber"))).append("</title></head><body>")
                .append("<h1>Invoice ").append(esc(Row.text(invoice, "invoiceNumber"))).append("</h1>")
                .append("<p>Bill to: <strong>").append(esc(company == null ? "" : Row.text(company, "name")))
                .append("</strong></p>")
                .append("<p>Invoice date: ").append(day(Row.text(invoice, "date"))).append("<br>Due date: ")
                .append(day(Row.text(invoice, "dueDate"))).append("<br>Status: ")
                .append(esc(Row.text(invoice, "status"))).append("</p>")
                .append("<table><thead><tr><th>Description</th><th>Quantity</th><th>Unit price</th><th>Amount</th>")
                .append("</tr></thead><tbody>");
        for (SandboxData.InvoiceLine line : d.invoiceLines.getOrDefault(invoice.getInt("id"), java.util.List.of())) {
            sb.append("<tr><td>").append(esc(line.description())).append("</td><td>")
                    .append(line.quantity().stripTrailingZeros().toPlainString()).append("</td><td>")
                    .append(money(line.unitPrice())).append("</td><td>").append(money(line.amount()))
                    .append("</td></tr>");
        }
        sb.append("</tbody></table><p>Subtotal: ").append(money(Row.decimal(invoice, "subtotal")))
                .append("<br>Tax: ").append(money(Row.decimal(invoice, "salesTax")))
                .append("<br><strong>Total: ").append(money(Row.decimal(invoice, "total"))).append("</strong>")
                .append("<br>Balance due: ").append(money(Row.decimal(invoice, "balance"))).append("</p>");
        String bottom = Jsons.string(invoice, "bottomComment");
        if (bottom != null) {
            sb.append("<p>").append(esc(bottom)).append("</p>");
        }
        return sb.append("</body></html>").toString();
    }

    static String xml(SandboxData d, JsonObject invoice) {
        JsonObject company = d.companies.get(Row.id(invoice, "company"));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><invoice>")
                .append("<invoiceNumber>").append(esc(Row.text(invoice, "invoiceNumber"))).append("</invoiceNumber>")
                .append("<company>").append(esc(company == null ? "" : Row.text(company, "name"))).append("</company>")
                .append("<invoiceDate>").append(day(Row.text(invoice, "date"))).append("</invoiceDate>")
                .append("<dueDate>").append(day(Row.text(invoice, "dueDate"))).append("</dueDate><lines>");
        for (SandboxData.InvoiceLine line : d.invoiceLines.getOrDefault(invoice.getInt("id"), java.util.List.of())) {
            sb.append("<line><description>").append(esc(line.description())).append("</description><quantity>")
                    .append(line.quantity().stripTrailingZeros().toPlainString()).append("</quantity><unitPrice>")
                    .append(money(line.unitPrice())).append("</unitPrice><amount>").append(money(line.amount()))
                    .append("</amount></line>");
        }
        return sb.append("</lines><subtotal>").append(money(Row.decimal(invoice, "subtotal"))).append("</subtotal><tax>")
                .append(money(Row.decimal(invoice, "salesTax"))).append("</tax><total>")
                .append(money(Row.decimal(invoice, "total"))).append("</total></invoice>").toString();
    }

    private static String day(String iso) {
        return iso == null ? "" : iso.substring(0, Math.min(10, iso.length()));
    }

    private static String money(BigDecimal v) {
        return v == null ? "0.00" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
