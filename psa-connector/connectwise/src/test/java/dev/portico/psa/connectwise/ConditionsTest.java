package dev.portico.psa.connectwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.DateRange;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private static final PsaScope CONTOSO = new PsaScope(250, 812, Set.of(Permission.VIEW_COMPANY_TICKETS));
    private static final PsaScope OWN_ONLY = new PsaScope(250, 813, Set.of());

    static Stream<String> hostileText() {
        return Stream.of(
                "\" OR company/id != 0",
                "x\") OR (company/id != 0",
                "\\\"",
                "\\",
                "\\\\\" OR 1=1 OR \"",
                ")",
                ") OR (1=1",
                "%",
                "50% off _ [2025-01-01T00:00:00Z]",
                "a".repeat(10_000),
                "Grüße, 東京, Привет, 🎫 emoji",
                "line\nbreak\r\nand \"quotes\"",
                "' OR ''='");
    }

    @ParameterizedTest
    @MethodSource("hostileText")
    void userTextStaysInsideOneStringLiteralAfterTheScope(String hostile) {
        String built = Conditions.scoped(CwRecord.TICKET, CONTOSO).contains("summary", hostile).build();

        String prefix = "(company/id=250) AND (summary contains \"";
        assertTrue(built.startsWith(prefix), built);
        int literalEnd = endOfLiteral(built, prefix.length() - 1);
        assertEquals(built.length() - 2, literalEnd, "the literal must close right before the final parenthesis");
        assertEquals(")", built.substring(literalEnd + 1));
        assertEquals(hostile.replace('\r', ' ').replace('\n', ' '), unescape(built.substring(prefix.length() - 1, literalEnd + 1)));
    }

    @Test
    void escapesBackslashFirstThenQuote() {
        assertEquals("\"a\\\\\\\"b\"", Conditions.quote("a\\\"b"));
        assertEquals("\"\\\\\"", Conditions.quote("\\"));
        assertEquals("\"say \\\"hi\\\"\"", Conditions.quote("say \"hi\""));
    }

    @Test
    void scopeComesFirstInItsOwnParentheses() {
        assertEquals("(company/id=250)", Conditions.scoped(CwRecord.TICKET, CONTOSO).build());
        assertEquals("(company/id=250 AND contact/id=813) AND (closedFlag=false AND status/id in (3,7))",
                Conditions.scoped(CwRecord.TICKET, OWN_ONLY).ownedBy(OWN_ONLY)
                        .is("closedFlag", false).in("status/id", Set.of(7L, 3L)).build());
    }

    @Test
    void alternativesAreGroupedAndDatesTyped() {
        String built = Conditions.scoped(CwRecord.TICKET, CONTOSO)
                .anyOf(Conditions.on(CwRecord.TICKET).contains("summary", "12"), Conditions.on(CwRecord.TICKET).is("id", 12))
                .within("dateEntered", new DateRange(Instant.parse("2025-01-01T00:00:00.123Z"),
                        Instant.parse("2025-02-01T00:00:00Z")))
                .inTexts("status/name", List.of("Waiting Customer", "A \"b\""))
                .build();

        assertEquals("(company/id=250) AND ((summary contains \"12\" OR id=12) AND dateEntered>=[2025-01-01T00:00:00Z]"
                + " AND dateEntered<[2025-02-01T00:00:00Z] AND status/name in (\"A \\\"b\\\"\",\"Waiting Customer\"))", built);
    }

    @Test
    void onlyWhitelistedFieldsAndOperatorsAreAccepted() {
        Conditions tickets = Conditions.on(CwRecord.TICKET);
        assertThrows(IllegalArgumentException.class, () -> tickets.is("company/id != 0 OR id", 1));
        assertThrows(IllegalArgumentException.class, () -> tickets.contains("internalAnalysis", "x"));
        assertThrows(IllegalArgumentException.class, () -> tickets.contains("id", "1"), "contains on a number");
        assertThrows(IllegalArgumentException.class, () -> tickets.is("summary", 5), "number on a text field");
        assertThrows(IllegalArgumentException.class, () -> tickets.in("status/id", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> Conditions.orderBy(CwRecord.TICKET, "summary; DROP", true));
        assertThrows(IllegalArgumentException.class, () -> tickets.anyOf(Conditions.scoped(CwRecord.TICKET, CONTOSO)));
        assertNull(Conditions.on(CwRecord.TICKET).build());
    }

    @Test
    void orderByIsWhitelistedWithAStableTieBreaker() {
        assertEquals("summary asc,id asc", Conditions.orderBy(CwRecord.TICKET, "summary", true));
        assertEquals("id desc", Conditions.orderBy(CwRecord.TICKET, "id", false));
    }

    /** Index of the quote that closes the string literal opening at {@code open}, honouring {@code \} escapes. */
    private static int endOfLiteral(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\') {
                c = literal.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
