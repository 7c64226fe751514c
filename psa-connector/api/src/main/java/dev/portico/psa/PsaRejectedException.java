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

    /**
     * A problem with one field, named in the neutral API's terms ("summary", "contact"...) where it can be mapped.
     *
     * @param messageKey what is wrong, as a key the portal localises from its bundles (one of {@link Keys})
     * @param message the adapter's or the PSA's own text, in English
     * @param messageSafe whether {@code message} may be shown to the customer next to the localised text; the
     *        PSA's own error texts can reveal internals and are not
     */
    public record FieldProblem(String field, String messageKey, String message, boolean messageSafe) {

        public FieldProblem {
            messageKey = messageKey == null || messageKey.isBlank() ? Keys.INVALID : messageKey;
            message = message == null ? "" : message;
        }

        /** A problem the adapter found itself; its text is written for customers and may be shown. */
        public FieldProblem(String field, String message) {
            this(field, Keys.INVALID, message, true);
        }

        /** A problem with a known key; the text is for logs only. */
        public static FieldProblem of(String field, String messageKey, String message) {
            return new FieldProblem(field, messageKey, message, false);
        }

        /** The text the customer may see besides the localised key, or empty. */
        public String shownMessage() {
            return messageSafe ? message : "";
        }

        public FieldProblem withField(String name) {
            return new FieldProblem(name, messageKey, message, messageSafe);
        }
    }

    /** The message keys an adapter may use; the portal has a text for each. */
    public static final class Keys {
        /** The PSA refused the value for a reason it did not tell in terms we know. */
        public static final String INVALID = "psa.problem.invalid";
        public static final String REQUIRED = "psa.problem.required";
        public static final String TOO_LONG = "psa.problem.tooLong";
        public static final String NOT_OWN = "psa.problem.notOwn";
        public static final String ONLY_SELF = "psa.problem.onlySelf";
        public static final String CHOOSE = "psa.problem.choose";
        public static final String NOT_EMAIL = "psa.problem.notEmail";
        public static final String LIST_FULL = "psa.problem.listFull";
        public static final String TOO_LARGE = "psa.problem.tooLarge";
        public static final String CONFLICT = "psa.problem.conflict";

        private Keys() {
        }

        /** Every key, for bundle completeness checks. */
        public static List<String> all() {
            return List.of(INVALID, REQUIRED, TOO_LONG, NOT_OWN, ONLY_SELF, CHOOSE, NOT_EMAIL, LIST_FULL, TOO_LARGE,
                    CONFLICT);
        }
    }
}
