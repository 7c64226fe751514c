package dev.portico.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class JpaPasswordStore implements PasswordStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<PortalPassword> find(long contactId) {
        return Optional.ofNullable(em.find(PortalPassword.class, contactId));
    }

    @Override
    public List<PortalPassword> findByEmail(String email) {
        return em.createNamedQuery(PortalPassword.BY_EMAIL, PortalPassword.class)
                .setParameter("email", PortalPassword.normalise(email))
                .getResultList();
    }

    @Override
    public void put(long contactId, String loginEmail, String passwordHash, Instant setAt) {
        PortalPassword stored = em.find(PortalPassword.class, contactId);
        if (stored == null) {
            em.persist(new PortalPassword(contactId, loginEmail, passwordHash, setAt));
        } else {
            stored.replace(loginEmail, passwordHash, setAt);
        }
    }

    @Override
    public boolean putIfAbsent(long contactId, String loginEmail, String passwordHash, Instant setAt) {
        if (em.find(PortalPassword.class, contactId) != null) {
            return false;
        }
        em.persist(new PortalPassword(contactId, loginEmail, passwordHash, setAt));
        return true;
    }
}
