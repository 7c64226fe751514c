package dev.portico.psa.contact;

import java.io.Serializable;

/**
 * One e-mail address or phone number of a contact.
 *
 * @param id the PSA's id of the item, 0 for a new one
 * @param kind the PSA's communication type name ("Email", "Direct", "Mobile"...)
 */
public record ContactItem(long id, String kind, String value, String extension, boolean primary) implements Serializable {
}
