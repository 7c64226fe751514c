package dev.portico.psa;

import java.util.List;

/** The PSA refused the request as invalid or conflicting; field problems can be shown next to the inputs. */
public class PsaRejectedException extends PsaException {

    private final List<FieldProblem> problems;

    public PsaRejectedException(String message, List<FieldProblem> problems) {
        super(message, null);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** A problem with one field, named in the neutral API's terms ("summary", "contact"...) where it can be mapped. */
    public record FieldProblem(String field, String message) {
    }
}
