package dev.portico.portal.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where Portico-managed password hashes are kept (the portal's own database in the server). */
public interface PasswordStore {

    Optional<PortalPassword> find(long contactId);

    /** Stored passwords set for this address (lower-cased); usually one. */
    List<PortalPassword> findByEmail(String email);

    /** Stores the hash for the contact, replacing the one it had. */
    void put(long contactId, String loginEmail, String passwordHash, Instant setAt);

    /** Stores the hash only when the contact has none yet; whether it was stored. */
    boolean putIfAbsent(long contactId, String loginEmail, String passwordHash, Instant setAt);
}
