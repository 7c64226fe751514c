package dev.portico.e2e.ticket;

import dev.portico.e2e.support.DemoServer;
import dev.portico.e2e.support.PsaSandbox;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Reads the sandbox's ConnectWise API directly, as the MSP's technicians would see the data: to find records the
 * portal must never show (internal notes). Never used to drive the portal.
 */
final class SandboxApi {

    private final PsaSandbox sandbox;

    SandboxApi(DemoServer server) {
        this.sandbox = new PsaSandbox(server);
    }

    /** Ids of a contact's newest tickets. */
    List<Long> ticketsOf(long contactId, int count) {
        return sandbox.get("/service/tickets?conditions=" + PsaSandbox.encode("contact/id=" + contactId)
                        + "&orderBy=" + PsaSandbox.encode("id desc") + "&pageSize=" + count + "&fields=id")
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(ticket -> ticket.getJsonNumber("id").longValue())
                .toList();
    }

    /** The texts of a ticket's internal notes. */
    List<String> internalNotes(long ticketId) {
        return sandbox.list("/service/tickets/" + ticketId + "/notes", "internalAnalysisFlag=true", "id,text", 1000)
                .getValuesAs(JsonObject.class).stream()
                .map(note -> note.getString("text", ""))
                .toList();
    }
}
