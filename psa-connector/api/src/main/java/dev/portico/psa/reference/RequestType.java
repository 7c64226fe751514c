package dev.portico.psa.reference;

import java.io.Serializable;

/**
 * A kind of request a customer can raise ("Incident", "Query", "Change Request"), configured onto a PSA
 * board, type and subtype. The flags drive which fields the new-ticket form asks for.
 */
public record RequestType(
        String key,
        String label,
        boolean asksUrgencyAndImpact,
        boolean requiresConfigurationItem,
        boolean requiresDueDate) implements Serializable {
}
