package dev.portico.sandbox.query;

import dev.portico.sandbox.query.ConditionLexer.Kind;
import dev.portico.sandbox.query.ConditionLexer.Token;
import dev.portico.sandbox.query.Expr.Operator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the conditions language. Grammar (keywords case-insensitive):
 * <pre>
 * expr       := and ( OR and )*
 * and        := unary ( AND unary )*
 * unary      := NOT unary | '(' expr ')' | comparison
 * comparison := field ( '=' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=' ) value
 *             | field [NOT] ( CONTAINS | LIKE ) value
 *             | field [NOT] IN '(' value ( ',' value )* ')'
 * value      := "string" | 'string' | number | TRUE | FALSE | NULL | [datetime]
 * </pre>
 * AND binds tighter than OR, as in SQL.
 */
public final class ConditionParser {

    private static final Set<String> RESERVED = Set.of("and", "or", "not", "contains", "like", "in", "null", "true", "false");

    private final List<Token> tokens;
    private int index;

    private ConditionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a non-blank expression; throws {@link QueryException} attributed to {@code conditions}. */
    public static Expr parse(String conditions) {
        ConditionParser parser = new ConditionParser(ConditionLexer.tokenize(conditions));
        if (parser.peek().kind() == Kind.END) {
            throw ConditionLexer.syntax("The expression is empty");
        }
        Expr expr = parser.or();
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            throw ConditionLexer.syntax("Expected AND, OR or the end of the expression but found " + rest.describe());
        }
        return expr;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token take() {
        return tokens.get(index++);
    }

    private Expr or() {
        List<Expr> terms = new ArrayList<>();
        terms.add(and());
        while (peek().isWord("or")) {
            take();
            terms.add(and());
        }
        return terms.size() == 1 ? terms.get(0) : new Expr.Or(List.copyOf(terms));
    }

    private Expr and() {
        List<Expr> terms = new ArrayList<>();
        terms.add(unary());
        while (peek().isWord("and")) {
            take();
            terms.add(unary());
        }
        return terms.size() == 1 ? terms.get(0) : new Expr.And(List.copyOf(terms));
    }

    private Expr unary() {
        Token t = peek();
        if (t.isWord("not")) {
            take();
            return new Expr.Not(unary());
        }
        if (t.kind() == Kind.OPEN) {
            take();
            Expr inner = or();
            Token close = take();
            if (close.kind() != Kind.CLOSE) {
                throw ConditionLexer.syntax("Expected ')' but found " + close.describe());
            }
            return inner;
        }
        return comparison();
    }

    private Expr comparison() {
        Token field = take();
        if (field.kind() != Kind.WORD || RESERVED.contains(field.text().toLowerCase())) {
            throw ConditionLexer.syntax("Expected a field name but found " + field.describe());
        }
        if (field.text().startsWith("/") || field.text().endsWith("/") || field.text().contains("//")) {
            throw ConditionLexer.syntax("Malformed field path " + field.describe());
        }
        Token op = take();
        if (op.kind() == Kind.OPERATOR) {
            return new Expr.Comparison(field.text(), symbol(op), List.of(value()), false, field.position());
        }
        boolean negated = false;
        if (op.isWord("not")) {
            negated = true;
            op = take();
        }
        if (op.isWord("contains") || op.isWord("like")) {
            Operator operator = op.isWord("like") ? Operator.LIKE : Operator.CONTAINS;
            return new Expr.Comparison(field.text(), operator, List.of(value()), negated, field.position());
        }
        if (op.isWord("in")) {
            return new Expr.Comparison(field.text(), Operator.IN, list(), negated, field.position());
        }
        if (op.kind() == Kind.END) {
            throw ConditionLexer.syntax("Expected an operator after '" + field.text() + "' but the expression ended");
        }
        throw new QueryException("InvalidOperator", "conditions",
                "Unknown operator " + op.describe() + " after '" + field.text()
                        + "'; expected =, !=, <, <=, >, >=, contains, like, in or not");
    }

    private static Operator symbol(Token op) {
        return switch (op.text()) {
            case "=" -> Operator.EQ;
            case "!=" -> Operator.NE;
            case "<" -> Operator.LT;
            case "<=" -> Operator.LE;
            case ">" -> Operator.GT;
            case ">=" -> Operator.GE;
            default -> throw new IllegalStateException(op.text());
        };
    }

    private List<Literal> list() {
        Token open = take();
        if (open.kind() != Kind.OPEN) {
            throw ConditionLexer.syntax("Expected '(' after IN but found " + open.describe());
        }
        List<Literal> values = new ArrayList<>();
        if (peek().kind() == Kind.CLOSE) {
            throw ConditionLexer.syntax("The IN list at " + open.describe() + " is empty");
        }
        while (true) {
            values.add(value());
            Token sep = take();
            if (sep.kind() == Kind.CLOSE) {
                return List.copyOf(values);
            }
            if (sep.kind() != Kind.COMMA) {
                throw ConditionLexer.syntax("Expected ',' or ')' in the IN list but found " + sep.describe());
            }
        }
    }

    private Literal value() {
        Token t = take();
        switch (t.kind()) {
            case STRING:
                return new Literal.Text(t.text());
            case NUMBER:
                return new Literal.Number(new BigDecimal(t.text()));
            case DATETIME:
                return new Literal.DateTime(datetime(t));
            case WORD:
                if (t.isWord("true") || t.isWord("false")) {
                    return new Literal.Bool(t.isWord("true"));
                }
                if (t.isWord("null")) {
                    return Literal.Null.INSTANCE;
                }
                throw new QueryException("InvalidValue", "conditions",
                        "Expected a value but found " + t.describe() + "; strings must be in double quotes");
            default:
                throw ConditionLexer.syntax("Expected a value but found " + t.describe());
        }
    }

    /** Accepts {@code 2025-01-01T00:00:00Z}, an offset, a local date-time (taken as UTC) or a plain date. */
    static Instant datetime(Token t) {
        String text = t.text();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw new QueryException("InvalidValue", "conditions",
                            "[" + text + "] at position " + (t.position() + 1)
                                    + " is not a date; use [yyyy-MM-ddTHH:mm:ssZ]");
                }
            }
        }
    }
}
