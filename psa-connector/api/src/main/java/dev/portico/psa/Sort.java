package dev.portico.psa;

import java.io.Serializable;
import java.util.Objects;

/** Sort by one whitelisted column of a feature ({@code F} is that feature's sort-field enum). */
public record Sort<F extends Enum<F>>(F field, boolean ascending) implements Serializable {

    public Sort {
        Objects.requireNonNull(field);
    }

    public static <F extends Enum<F>> Sort<F> asc(F field) {
        return new Sort<>(field, true);
    }

    public static <F extends Enum<F>> Sort<F> desc(F field) {
        return new Sort<>(field, false);
    }
}
