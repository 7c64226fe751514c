package dev.portico.psa.contact;

import java.io.Serializable;
import java.util.Objects;

/** A phone number with its extension (null when there is none). */
public record PhoneNumber(String number, String extension) implements Serializable {

    public PhoneNumber {
        number = Objects.requireNonNull(number, "number").strip();
        extension = extension == null || extension.isBlank() ? null : extension.strip();
    }

    public static PhoneNumber of(String number) {
        return new PhoneNumber(number, null);
    }
}
