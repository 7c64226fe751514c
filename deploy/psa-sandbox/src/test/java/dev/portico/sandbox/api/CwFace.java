package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxState;
import jakarta.json.JsonObject;

/** The ConnectWise face for tests in other packages that check both faces see one store. */
public final class CwFace {

    private CwFace() {
    }

    /** {@code POST /service/tickets}; the new ticket's id. */
    public static int createTicket(SandboxState state, String body) {
        TicketResource tickets = new TicketResource();
        tickets.state = state;
        return Fakes.object(tickets.create(body)).getInt("id");
    }

    /** {@code GET /service/tickets/{id}}. */
    public static JsonObject ticket(SandboxState state, int id) {
        TicketResource tickets = new TicketResource();
        tickets.state = state;
        return Fakes.object(tickets.get(id));
    }
}
