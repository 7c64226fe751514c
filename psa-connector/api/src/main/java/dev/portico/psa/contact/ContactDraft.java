package dev.portico.psa.contact;

import java.io.Serializable;
import java.util.Map;

/**
 * The editable fields of a contact, for create and update. The slots are complete: on update, a slot left
 * out is cleared in the PSA, and a slot present replaces what the PSA has in it.
 */
public record ContactDraft(
        String firstName, String lastName, String title, Long siteId, Map<EmailSlot, String> emails,
        Map<PhoneSlot, PhoneNumber> phones) implements Serializable {

    public ContactDraft {
        emails = Slots.emails(emails);
        phones = Slots.phones(phones);
    }
}
