package dev.portico.psa.contact;

import dev.portico.psa.Ref;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A contact of the customer's company, with typed e-mail and phone slots and their portal access.
 *
 * @param emails the contact's e-mail addresses by kind; a kind without an address is absent
 * @param phones the contact's phone numbers by kind; a kind without a number is absent
 */
public record Contact(
        long id,
        String firstName,
        String lastName,
        String title,
        Ref site,
        boolean inactive,
        Map<EmailSlot, String> emails,
        Map<PhoneSlot, PhoneNumber> phones,
        PortalAccess portalAccess) implements Serializable {

    public Contact {
        emails = Slots.emails(emails);
        phones = Slots.phones(phones);
        portalAccess = portalAccess == null ? PortalAccess.disabled() : portalAccess;
    }

    public String displayName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }

    /** The main e-mail address: work, else home, else other; null when there is none. */
    public String email() {
        for (EmailSlot slot : EmailSlot.values()) {
            if (emails.containsKey(slot)) {
                return emails.get(slot);
            }
        }
        return null;
    }

    public String email(EmailSlot slot) {
        return emails.get(slot);
    }

    /** The main phone number: direct, else mobile, home, pager (never the fax); null when there is none. */
    public PhoneNumber phone() {
        for (PhoneSlot slot : List.of(PhoneSlot.DIRECT, PhoneSlot.MOBILE, PhoneSlot.HOME, PhoneSlot.PAGER)) {
            if (phones.containsKey(slot)) {
                return phones.get(slot);
            }
        }
        return null;
    }

    public PhoneNumber phone(PhoneSlot slot) {
        return phones.get(slot);
    }
}
