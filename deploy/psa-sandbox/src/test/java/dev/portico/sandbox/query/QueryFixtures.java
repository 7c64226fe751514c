package dev.portico.sandbox.query;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonObject;
import java.util.List;

/** A handful of ticket- and contact-shaped records with known values for the query engine tests. */
final class QueryFixtures {

    private QueryFixtures() {
    }

    static JsonObject ticket(int id, String summary, int companyId, String status, boolean closed, String entered,
                             Double budget) {
        var b = Jsons.obj()
                .add("id", id)
                .add("summary", summary)
                .add("company", Jsons.ref(companyId, companyId == 250 ? "Contoso Ltd" : "Fabrikam Inc"))
                .add("status", Jsons.ref(100 + status.length(), status))
                .add("closedFlag", closed)
                .add("_info", Jsons.obj().add("dateEntered", entered).add("lastUpdated", entered));
        if (budget != null) {
            Jsons.put(b, "budgetHours", budget);
        }
        return b.build();
    }

    /** Five tickets; #3 lacks budgetHours, #5 has a summary with quotes and a backslash. */
    static List<JsonObject> tickets() {
        return List.of(
                ticket(1, "Printer offline", 250, "New", false, "2024-01-10T09:00:00Z", 1.5),
                ticket(2, "VPN drops every hour", 250, "In Progress", false, "2024-03-05T14:30:00Z", 4.0),
                ticket(3, "printer toner low", 250, "Closed", true, "2023-11-20T08:00:00Z", null),
                ticket(4, "New laptop for Sam", 251, "New", false, "2024-06-01T00:00:00Z", 2.0),
                ticket(5, "Path C:\\temp says \"denied\"", 250, "Resolved", true, "2024-02-29T23:59:59Z", 0.5));
    }

    static QuerySchema ticketSchema() {
        FieldCatalog.Builder catalog = FieldCatalog.builder()
                .declare("externalXRef", FieldType.STRING)
                .declare("parentTicketId", FieldType.NUMBER)
                .build().toBuilder();
        tickets().forEach(catalog::infer);
        return QuerySchema.of("ticket", catalog.build());
    }

    static JsonObject contact(int id, String first, String email, String phone) {
        return Jsons.obj()
                .add("id", id)
                .add("firstName", first)
                .add("communicationItems", Jsons.arr()
                        .add(Jsons.obj().add("id", id * 10).add("type", Jsons.ref(1, "Email"))
                                .add("value", email).add("defaultFlag", true).add("communicationType", "Email"))
                        .add(Jsons.obj().add("id", id * 10 + 1).add("type", Jsons.ref(2, "Direct"))
                                .add("value", phone).add("defaultFlag", false).add("communicationType", "Phone")))
                .build();
    }

    static List<JsonObject> contacts() {
        return List.of(
                contact(801, "Ava", "ava.admin@contoso.example", "+1 555 0101"),
                contact(802, "Sam", "sam.standard@contoso.example", "+1 555 0102"),
                contact(820, "Fay", "fay.admin@fabrikam.example", "ava.admin@contoso.example"));
    }
}
