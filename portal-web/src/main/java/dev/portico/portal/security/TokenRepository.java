package dev.portico.portal.security;

import java.time.Instant;
import java.util.Optional;

/** Where remember-me tokens are kept (the portal's own database in the server). */
public interface TokenRepository {

    void save(RememberMeToken token);

    Optional<RememberMeToken> find(String tokenHash);

    void delete(String tokenHash);

    void deleteForContact(long contactId);

    void deleteExpired(Instant now);
}
