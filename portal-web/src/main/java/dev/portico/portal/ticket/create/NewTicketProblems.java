package dev.portico.portal.ticket.create;

import dev.portico.psa.PsaRejectedException.FieldProblem;
import java.util.Map;
import java.util.Optional;

/**
 * Where the connector's field problems belong on the form: its neutral field names ({@code summary},
 * {@code configurationItems} ...) mapped onto the inputs' client ids. Problems without an input (site,
 * request type) are shown at the top of the form.
 */
public final class NewTicketProblems {

    static final String FORM = "ticket-form";

    private static final Map<String, String> INPUTS = Map.of(
            "summary", "summary",
            "description", "description",
            "contact", "contact",
            "configurationItems", "ci",
            "dueAt", "due",
            "poNumber", "po",
            "customerReference", "reference");

    private NewTicketProblems() {
    }

    /** The client id of the input a problem is about, if the form has one. */
    public static Optional<String> clientId(FieldProblem problem) {
        return Optional.ofNullable(problem.field()).map(INPUTS::get).map(id -> FORM + ":" + id);
    }
}
