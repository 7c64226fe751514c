package dev.portico.portal.ticket.create;

import dev.portico.portal.shell.Messages;
import dev.portico.portal.ticket.TicketConfig;
import dev.portico.psa.ticket.Impact;
import dev.portico.psa.ticket.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** The fixed choices and texts of the new-ticket form: request type icons and explanations, urgency and impact. */
@Named
@ApplicationScoped
public class NewTicketChoices {

    @Inject
    TicketConfig config;

    public String typeIcon(String key) {
        return switch (key) {
            case "incident" -> "pi pi-exclamation-triangle";
            case "query" -> "pi pi-question-circle";
            case "change-request" -> "pi pi-sync";
            default -> "pi pi-ticket";
        };
    }

    /** A request type's explanation from the text bundle, empty for types without one. */
    public String typeDescription(String key) {
        String text = Messages.text("ticket.type." + key + ".description");
        return text.startsWith("???") ? "" : text;
    }

    public List<Urgency> getUrgencies() {
        return List.of(Urgency.values());
    }

    public List<Impact> getImpacts() {
        return List.of(Impact.values());
    }

    /** The earliest due date, in the portal's time zone. */
    public LocalDate getToday() {
        return LocalDate.now(config.settings().zone());
    }
}
