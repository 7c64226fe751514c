package dev.portico.psa.contact;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaScope;

/**
 * Contacts of the scope's company. Changing other contacts needs {@link dev.portico.psa.Permission#MANAGE_CONTACTS};
 * everyone may change their own name, title and items.
 */
public interface ContactGateway {

    /** By last name, then first name. */
    Page<Contact> search(PsaScope scope, ContactQuery query, PageRequest page);

    Contact get(PsaScope scope, long contactId);

    Contact create(PsaScope scope, ContactDraft draft);

    Contact update(PsaScope scope, long contactId, ContactDraft draft);

    /**
     * Turns portal log-in on or off and sets the security level (kept when the access names none). The level
     * must be one of {@link dev.portico.psa.reference.ReferenceDataGateway#securityLevels()}, by key.
     */
    Contact setPortalAccess(PsaScope scope, long contactId, PortalAccess access);
}
