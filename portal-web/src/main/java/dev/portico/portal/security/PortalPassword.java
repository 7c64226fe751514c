package dev.portico.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * A Portico-managed password of one PSA contact: only its PBKDF2 hash ({@link PasswordHashing}), the
 * lower-cased address it was set for (to find it by e-mail) and when it was set. Nothing else secret.
 */
@Entity
@Table(name = "PORTAL_PASSWORD", indexes = @Index(name = "IX_PORTAL_PASSWORD_EMAIL", columnList = "LOGIN_EMAIL"))
@NamedQuery(name = PortalPassword.BY_EMAIL, query = "SELECT p FROM PortalPassword p WHERE p.loginEmail = :email")
public class PortalPassword {

    static final String BY_EMAIL = "PortalPassword.byEmail";

    @Id
    @Column(name = "CONTACT_ID", nullable = false)
    private long contactId;

    @Column(name = "LOGIN_EMAIL", length = 254, nullable = false)
    private String loginEmail;

    @Column(name = "PASSWORD_HASH", length = 512, nullable = false)
    private String passwordHash;

    /** Epoch seconds, like the remember-me tokens. */
    @Column(name = "SET_AT", nullable = false)
    private long setAt;

    protected PortalPassword() {
    }

    public PortalPassword(long contactId, String loginEmail, String passwordHash, Instant setAt) {
        this.contactId = contactId;
        this.loginEmail = normalise(loginEmail);
        this.passwordHash = passwordHash;
        this.setAt = setAt.getEpochSecond();
    }

    /** How addresses are compared and stored: trimmed and lower-cased. */
    public static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public long contactId() {
        return contactId;
    }

    public String loginEmail() {
        return loginEmail;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant setAt() {
        return Instant.ofEpochSecond(setAt);
    }

    /** A new hash, e.g. after a change or a re-hash with today's parameters. */
    void replace(String loginEmail, String passwordHash, Instant setAt) {
        this.loginEmail = normalise(loginEmail);
        this.passwordHash = passwordHash;
        this.setAt = setAt.getEpochSecond();
    }
}
