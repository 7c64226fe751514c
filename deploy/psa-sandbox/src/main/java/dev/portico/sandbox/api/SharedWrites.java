package dev.portico.sandbox.api;

import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * The ConnectWise face's write rules, opened to the Autotask face so that both faces write the same records with the
 * same checks. Failures are {@link ApiException}s with ConnectWise's field errors.
 */
public final class SharedWrites {

    private SharedWrites() {
    }

    public static Instant now() {
        return Responses.CLOCK.get();
    }

    /** {@code POST /service/tickets} with a ConnectWise {@code Ticket} body. */
    public static JsonObject createTicket(SandboxData d, JsonObject body) {
        return new TicketWrites(d, Responses.CLOCK).create(body);
    }

    /** {@code PATCH /service/tickets/{id}} with JSON Patch operations. */
    public static JsonObject patchTicket(SandboxData d, int id, JsonArray operations) {
        return new TicketWrites(d, Responses.CLOCK).patch(id, operations);
    }

    /** {@code POST /service/tickets/{id}/notes} with a ConnectWise {@code ServiceNote} body. */
    public static JsonObject addTicketNote(SandboxData d, int ticketId, JsonObject body) {
        return new TicketWrites(d, Responses.CLOCK).addNote(d.tickets, d.serviceNotes, ticketId, body, true);
    }

    /** {@code POST /service/tickets/{id}/configurations}. */
    public static JsonObject linkConfiguration(SandboxData d, int ticketId, int configurationId) {
        return new TicketWrites(d, Responses.CLOCK).linkConfiguration(ticketId, Jsons.obj().add("id", configurationId)
                .build());
    }

    /** {@code PATCH /sales/opportunities/{id}} with JSON Patch operations. */
    public static JsonObject patchOpportunity(SandboxData d, int id, JsonArray operations) {
        return new OpportunityWrites(d, Responses.CLOCK).patch(id, operations);
    }

    /** {@code PATCH /company/contacts/{id}} with JSON Patch operations. */
    public static JsonObject patchContact(SandboxData d, int id, JsonArray operations) {
        return new ContactWrites(d, Responses.CLOCK).patch(id, operations);
    }

    /** {@code POST /company/contacts} with a ConnectWise {@code Contact} body. */
    public static JsonObject createContact(SandboxData d, JsonObject body) {
        return new ContactWrites(d, Responses.CLOCK).create(body);
    }
}
