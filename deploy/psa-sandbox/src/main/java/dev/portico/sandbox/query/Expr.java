package dev.portico.sandbox.query;

import java.util.List;

/** The syntax tree of a conditions expression, before field names and types are checked. */
public sealed interface Expr {

    enum Operator { EQ, NE, LT, LE, GT, GE, CONTAINS, LIKE, IN }

    record And(List<Expr> terms) implements Expr {
    }

    record Or(List<Expr> terms) implements Expr {
    }

    record Not(Expr term) implements Expr {
    }

    /**
     * {@code field op value}; for IN the values are the list. {@code negated} is the postfix form
     * ({@code not like}, {@code not contains}, {@code not in}), which like SQL never matches a null field.
     */
    record Comparison(String field, Operator operator, List<Literal> values, boolean negated, int position)
            implements Expr {

        public Literal value() {
            return values.get(0);
        }
    }
}
