package dev.portico.portal.ticket;

import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaRejectedException.Keys;
import java.util.function.Function;

/**
 * The customer's text for a problem the connector found with a field: its message key localised from the
 * {@code text} bundle, followed by the PSA's own words only where the adapter marked them safe to show (alone,
 * when the key only says "not accepted").
 */
public final class ProblemText {

    static final String WITH_DETAIL = "ticket.problem.withDetail";

    private ProblemText() {
    }

    /** @param texts the {@code text} bundle: a key (and arguments) to its text, {@code ???key???} when missing */
    public static String of(FieldProblem problem, BundleText texts) {
        String detail = problem.shownMessage().strip();
        if (Keys.INVALID.equals(problem.messageKey()) && !detail.isEmpty()) {
            return detail; // the adapter's own words say more than "not accepted"
        }
        String text = texts.apply(problem.messageKey());
        if (text.startsWith("???")) {
            text = texts.apply(Keys.INVALID);
        }
        return detail.isEmpty() ? text : texts.apply(WITH_DETAIL, text, detail);
    }

    /** Looks up a text bundle key with arguments, like {@code Messages.text}. */
    @FunctionalInterface
    public interface BundleText {
        String apply(String key, Object... arguments);
    }

    /** For callers that hold a plain key-to-text function. */
    public static BundleText plain(Function<String, String> texts) {
        return (key, arguments) -> java.text.MessageFormat.format(texts.apply(key), arguments);
    }
}
