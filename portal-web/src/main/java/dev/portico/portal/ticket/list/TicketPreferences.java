package dev.portico.portal.ticket.list;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Stores each user's ticket list preference in the portal database (never PSA data). */
@ApplicationScoped
@Transactional
public class TicketPreferences {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<TicketListPreference> find(long contactId) {
        return Optional.ofNullable(em.find(TicketListPreference.class, contactId));
    }

    public void saveLayout(long contactId, ColumnLayout layout) {
        stored(contactId).setLayout(layout, Instant.now());
    }

    public void saveMode(long contactId, ListMode mode) {
        stored(contactId).setMode(mode, Instant.now());
    }

    private TicketListPreference stored(long contactId) {
        TicketListPreference preference = em.find(TicketListPreference.class, contactId);
        if (preference == null) {
            preference = new TicketListPreference(contactId);
            em.persist(preference);
        }
        return preference;
    }
}
