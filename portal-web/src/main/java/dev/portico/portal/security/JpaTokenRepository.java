package dev.portico.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class JpaTokenRepository implements TokenRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void save(RememberMeToken token) {
        em.persist(token);
    }

    @Override
    public Optional<RememberMeToken> find(String tokenHash) {
        return Optional.ofNullable(em.find(RememberMeToken.class, tokenHash));
    }

    @Override
    public void delete(String tokenHash) {
        RememberMeToken token = em.find(RememberMeToken.class, tokenHash);
        if (token != null) {
            em.remove(token);
        }
    }

    @Override
    public void deleteForContact(long contactId) {
        em.createNamedQuery(RememberMeToken.DELETE_FOR_CONTACT).setParameter("contactId", contactId).executeUpdate();
    }

    @Override
    public void deleteExpired(Instant now) {
        em.createNamedQuery(RememberMeToken.DELETE_EXPIRED).setParameter("now", now.getEpochSecond()).executeUpdate();
    }
}
