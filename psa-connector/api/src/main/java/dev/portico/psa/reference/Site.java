package dev.portico.psa.reference;

import java.io.Serializable;

/** A location of the customer's company. */
public record Site(
        long id, String name, String addressLine1, String addressLine2, String city, String zip, String phoneNumber,
        boolean primary) implements Serializable {
}
