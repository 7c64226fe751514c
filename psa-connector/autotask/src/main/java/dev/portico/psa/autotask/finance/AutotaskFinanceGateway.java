package dev.portico.psa.autotask.finance;

import dev.portico.psa.Download;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaCapabilities.DocumentFormat;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AtScoping;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtOp;
import dev.portico.psa.autotask.query.AtQuery;
import dev.portico.psa.finance.Agreement;
import dev.portico.psa.finance.FinanceGateway;
import dev.portico.psa.finance.Invoice;
import dev.portico.psa.finance.InvoiceQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Autotask contracts (as agreements) and invoices of the scope's companies. An invoice's document is Autotask's
 * invoice markup ({@code /Invoices/{id}/InvoiceMarkupHtml}), HTML written by the MSP's invoice template: the portal
 * must show it sandboxed. Autotask has no balance on an invoice: one with a {@code paidDate} is paid, any other has
 * its total open. Voided invoices are never shown.
 */
@ApplicationScoped
public class AutotaskFinanceGateway implements FinanceGateway {

    @Inject
    AutotaskConnection at;

    protected AutotaskFinanceGateway() {
    }

    public AutotaskFinanceGateway(AutotaskConnection at) {
        this.at = at;
    }

    @Override
    public Page<Agreement> activeAgreements(PsaScope scope, PageRequest page) {
        scope.require(Permission.VIEW_FINANCE);
        AtFilter filter = AtScoping.scoped(AtEntity.CONTRACTS, scope)
                .in("status", List.copyOf(at.mappings().contractActiveStatuses()));
        CompletableFuture<Long> total = at.readAsync(() -> at.count(filter, true));
        List<Agreement> agreements = at.page(AtQuery.of(filter, Math.min(page.size(), AtQuery.MAX_RECORDS)), page, true)
                .stream().map(this::agreement).toList();
        return new Page<>(agreements, Math.max(AutotaskConnection.join(total), (long) page.page() * page.size()
                + agreements.size()));
    }

    @Override
    public Agreement agreement(PsaScope scope, long id) {
        scope.require(Permission.VIEW_FINANCE);
        JsonObject contract = at.item(AtEntity.CONTRACTS, id);
        if (!AtScoping.covers(scope, AtEntity.CONTRACTS, contract)) {
            throw new PsaNotFoundException("Agreement");
        }
        return agreement(contract);
    }

    private Agreement agreement(JsonObject contract) {
        Long type = AtJson.number(contract, "contractType");
        Long period = AtJson.number(contract, "contractPeriodType");
        return new Agreement(AtJson.number(contract, "id", 0), AtJson.text(contract, "contractName"),
                type == null ? "" : at.picklistLabel(AtEntity.CONTRACTS, "contractType", type),
                AtJson.instant(contract, "startDate"), AtJson.instant(contract, "endDate"),
                period == null ? "" : at.picklistLabel(AtEntity.CONTRACTS, "contractPeriodType", period), null);
    }

    @Override
    public Page<Invoice> invoices(PsaScope scope, InvoiceQuery query, PageRequest page) {
        scope.require(Permission.VIEW_FINANCE);
        AtFilter filter = AtScoping.scoped(AtEntity.INVOICES, scope).eq("isVoided", false);
        if (query.number() != null && !query.number().isBlank()) {
            filter.eq("invoiceNumber", query.number().trim());
        }
        if (query.date() != null && query.date().from() != null) {
            filter.where("invoiceDateTime", AtOp.GTE, query.date().from());
        }
        if (query.date() != null && query.date().until() != null) {
            filter.where("invoiceDateTime", AtOp.LT, query.date().until());
        }
        if (query.unpaidOnly()) {
            filter.where("paidDate", AtOp.NOT_EXIST);
        }
        CompletableFuture<Long> total = at.readAsync(() -> at.count(filter, true));
        List<Invoice> invoices = at.page(AtQuery.of(filter, Math.min(page.size(), AtQuery.MAX_RECORDS)), page, true)
                .stream().map(AutotaskFinanceGateway::invoice).toList();
        return new Page<>(invoices, Math.max(AutotaskConnection.join(total), (long) page.page() * page.size()
                + invoices.size()));
    }

    @Override
    public Invoice invoice(PsaScope scope, long id) {
        scope.require(Permission.VIEW_FINANCE);
        return invoice(owned(scope, id));
    }

    private JsonObject owned(PsaScope scope, long id) {
        JsonObject invoice = at.item(AtEntity.INVOICES, id);
        if (!AtScoping.covers(scope, AtEntity.INVOICES, invoice) || AtJson.flag(invoice, "isVoided")) {
            throw new PsaNotFoundException("Invoice");
        }
        return invoice;
    }

    static Invoice invoice(JsonObject invoice) {
        BigDecimal total = orZero(AtJson.decimal(invoice, "invoiceTotal"));
        BigDecimal tax = orZero(AtJson.decimal(invoice, "totalTaxValue"));
        boolean paid = AtJson.instant(invoice, "paidDate") != null;
        return new Invoice(AtJson.number(invoice, "id", 0), AtJson.text(invoice, "invoiceNumber"), "",
                paid ? "Paid" : "Open", AtJson.instant(invoice, "invoiceDateTime"), AtJson.instant(invoice, "dueDate"),
                total.subtract(tax), tax, total, paid ? BigDecimal.ZERO : total, AtJson.text(invoice, "orderNumber"),
                AtJson.text(invoice, "comments"), DocumentFormat.HTML);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    @Override
    public Download invoiceDocument(PsaScope scope, long id) {
        scope.require(Permission.VIEW_FINANCE);
        JsonObject invoice = owned(scope, id);
        JsonObject markup = at.read(AtEntity.INVOICES.path(), true, client -> client.invoiceMarkupHtml(id));
        byte[] html = AtJson.text(markup, "invoiceMarkup").getBytes(StandardCharsets.UTF_8);
        String number = AtJson.text(invoice, "invoiceNumber").replaceAll("[^A-Za-z0-9._-]", "_");
        return new Download("invoice-" + (number.isBlank() ? String.valueOf(id) : number) + ".html",
                DocumentFormat.HTML.contentType() + "; charset=UTF-8", html.length, new ByteArrayInputStream(html));
    }
}
