package dev.portico.portal.ticket.create;

import dev.portico.psa.contact.ContactDraft;
import dev.portico.psa.contact.ContactItem;
import java.io.Serializable;
import java.util.List;

/** The "add a contact" dialog of the new-ticket form (company administrators only). */
public class ContactDraftForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;

    ContactDraft toDraft(Long siteId) {
        List<ContactItem> phones = phone == null || phone.isBlank() ? List.of()
                : List.of(new ContactItem(0, null, phone.strip(), null, true));
        return new ContactDraft(firstName, lastName, null, siteId,
                List.of(new ContactItem(0, "Email", email == null ? "" : email.strip(), null, true)), phones);
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
