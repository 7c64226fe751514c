package dev.portico.portal.ticket.create;

import dev.portico.psa.contact.ContactDraft;
import dev.portico.psa.contact.EmailSlot;
import dev.portico.psa.contact.PhoneNumber;
import dev.portico.psa.contact.PhoneSlot;
import java.io.Serializable;
import java.util.Map;

/** The "add a contact" dialog of the new-ticket form (company administrators only). */
public class ContactDraftForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;

    ContactDraft toDraft(Long siteId) {
        Map<PhoneSlot, PhoneNumber> phones = phone == null || phone.isBlank() ? Map.of()
                : Map.of(PhoneSlot.DIRECT, PhoneNumber.of(phone));
        Map<EmailSlot, String> emails = email == null || email.isBlank() ? Map.of() : Map.of(EmailSlot.WORK, email.strip());
        return new ContactDraft(firstName, lastName, null, siteId, emails, phones);
    }

    void reset() {
        firstName = null;
        lastName = null;
        email = null;
        phone = null;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
