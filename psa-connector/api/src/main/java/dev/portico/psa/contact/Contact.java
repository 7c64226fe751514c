package dev.portico.psa.contact;

import dev.portico.psa.Ref;
import java.io.Serializable;
import java.util.List;

/**
 * A contact of the customer's company, with e-mail addresses and phone numbers, and their portal access.
 *
 * @param portalAccess may log in to the portal
 * @param securityLevel PSA portal security level, or null when none is set
 */
public record Contact(
        long id,
        String firstName,
        String lastName,
        String title,
        Ref site,
        boolean inactive,
        List<ContactItem> emails,
        List<ContactItem> phones,
        boolean portalAccess,
        Integer securityLevel) implements Serializable {

    public Contact {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }

    public String displayName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }

    /** The default e-mail address, or the first, or null. */
    public String email() {
        return emails.stream().filter(ContactItem::primary).findFirst()
                .or(() -> emails.stream().findFirst()).map(ContactItem::value).orElse(null);
    }
}
