package dev.portico.psa.contact;

import java.io.Serializable;
import java.util.List;

/**
 * The editable fields of a contact, for create and update. On update, e-mail and phone items with an id
 * replace the PSA's item of that id; items without one are added.
 */
public record ContactDraft(
        String firstName, String lastName, String title, Long siteId, List<ContactItem> emails,
        List<ContactItem> phones) implements Serializable {

    public ContactDraft {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }
}
