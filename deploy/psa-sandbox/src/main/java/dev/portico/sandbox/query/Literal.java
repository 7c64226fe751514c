package dev.portico.sandbox.query;

import java.math.BigDecimal;
import java.time.Instant;

/** A literal value in a conditions expression. */
public sealed interface Literal {

    String describe();

    record Text(String value) implements Literal {
        public String describe() {
            return "the string \"" + value + "\"";
        }
    }

    record Number(BigDecimal value) implements Literal {
        public String describe() {
            return "the number " + value.toPlainString();
        }
    }

    record Bool(boolean value) implements Literal {
        public String describe() {
            return String.valueOf(value);
        }
    }

    record DateTime(Instant value) implements Literal {
        public String describe() {
            return "the date [" + value + "]";
        }
    }

    enum Null implements Literal {
        INSTANCE;

        public String describe() {
            return "null";
        }
    }
}
