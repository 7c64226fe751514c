package dev.portico.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One remember-me log-in: the hash of the cookie's token, whose it is and until when it counts. */
@Entity
@Table(name = "PORTAL_REMEMBER_ME_TOKEN", indexes = @Index(name = "IX_REMEMBER_ME_CONTACT", columnList = "CONTACT_ID"))
@NamedQuery(name = RememberMeToken.DELETE_EXPIRED, query = "DELETE FROM RememberMeToken t WHERE t.expiresAt <= :now")
@NamedQuery(name = RememberMeToken.DELETE_FOR_CONTACT, query = "DELETE FROM RememberMeToken t WHERE t.contactId = :contactId")
public class RememberMeToken {

    static final String DELETE_EXPIRED = "RememberMeToken.deleteExpired";
    static final String DELETE_FOR_CONTACT = "RememberMeToken.deleteForContact";

    @Id
    @Column(name = "TOKEN_HASH", length = 64, nullable = false)
    private String tokenHash;

    @Column(name = "CONTACT_ID", nullable = false)
    private long contactId;

    /** Epoch seconds; plain numbers keep the mapping portable across JPA 3.1 providers. */
    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    protected RememberMeToken() {
    }

    public RememberMeToken(String tokenHash, long contactId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.contactId = contactId;
        this.createdAt = createdAt.getEpochSecond();
        this.expiresAt = expiresAt.getEpochSecond();
    }

    public String tokenHash() {
        return tokenHash;
    }

    public long contactId() {
        return contactId;
    }

    public Instant expiresAt() {
        return Instant.ofEpochSecond(expiresAt);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt());
    }
}
