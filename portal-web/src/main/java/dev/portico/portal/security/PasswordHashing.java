package dev.portico.portal.security;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Hashes of Portico-managed passwords, made and checked by Jakarta Security's {@link Pbkdf2PasswordHash}:
 * PBKDF2 with HMAC-SHA-512, {@value #ITERATIONS} iterations, a {@value #SALT_BYTES}-byte random salt and a
 * {@value #KEY_BYTES}-byte key, stored as {@code PBKDF2WithHmacSHA512:210000:<salt base64>:<key base64>}.
 * Checking uses the hash's own constant-time comparison. A stored or seeded hash weaker than that (another
 * algorithm, fewer iterations, a shorter salt or key) is refused, and so is one so costly that checking it
 * would tie up the server.
 */
public final class PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int ITERATIONS = 210_000;
    /** Refused above this: a hash is checked on every log-in, so its cost must stay bounded. */
    public static final int MAX_ITERATIONS = 5_000_000;
    /** The salt size the Jakarta Security default gives. */
    public static final int SALT_BYTES = 32;
    /** The whole output of HMAC-SHA-512. */
    public static final int KEY_BYTES = 64;
    private static final int MIN_KEY_BYTES = 32;

    private final Pbkdf2PasswordHash hash;
    private final String dummy;

    /** @param hash a fresh {@link Pbkdf2PasswordHash}; it is initialised here with the portal's parameters */
    public PasswordHashing(Pbkdf2PasswordHash hash) {
        this.hash = hash;
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", String.valueOf(KEY_BYTES)));
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.dummy = hash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    /** A new hash of the password, with a new salt. */
    public String hash(char[] password) {
        return hash.generate(password);
    }

    /** Whether the password matches the stored hash; a malformed or too weak hash never matches. */
    public boolean verify(char[] password, String stored) {
        if (problem(stored).isPresent()) {
            verifyDummy(password);
            return false;
        }
        try {
            return hash.verify(password, stored);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /**
     * The same work as {@link #verify} against a hash nobody knows the password of: used when there is no
     * account or no stored password, so the time taken does not tell whether the address has one.
     */
    public void verifyDummy(char[] password) {
        hash.verify(password, dummy);
    }

    /** Whether a stored hash was made with parameters other than today's, so a log-in should re-hash it. */
    public static boolean outdated(String stored) {
        return parameters(stored).map(p -> p.iterations() != ITERATIONS || p.saltBytes() != SALT_BYTES
                || p.keyBytes() != KEY_BYTES).orElse(true);
    }

    /** Why an encoded hash cannot be used (in words, without echoing it), or empty when it can. */
    public static Optional<String> problem(String encoded) {
        Optional<Parameters> parameters = parameters(encoded);
        if (parameters.isEmpty()) {
            return Optional.of("is not a hash of the form " + ALGORITHM + ":<iterations>:<salt base64>:<hash base64>");
        }
        Parameters p = parameters.get();
        if (!ALGORITHM.equals(p.algorithm())) {
            return Optional.of("uses " + p.algorithm() + ", not " + ALGORITHM);
        }
        if (p.iterations() < ITERATIONS || p.iterations() > MAX_ITERATIONS) {
            return Optional.of("has " + p.iterations() + " iterations, not between " + ITERATIONS + " and "
                    + MAX_ITERATIONS);
        }
        if (p.saltBytes() < SALT_BYTES) {
            return Optional.of("has a " + p.saltBytes() + "-byte salt, less than " + SALT_BYTES);
        }
        if (p.keyBytes() < MIN_KEY_BYTES) {
            return Optional.of("has a " + p.keyBytes() + "-byte key, less than " + MIN_KEY_BYTES);
        }
        return Optional.empty();
    }

    /** The parameters an encoded hash was made with; empty when it is not of the expected form. */
    public static Optional<Parameters> parameters(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        String[] parts = encoded.trim().split(":", -1);
        if (parts.length != 4 || !parts[1].matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            return Optional.of(new Parameters(parts[0], Integer.parseInt(parts[1]), base64.decode(parts[2]).length,
                    base64.decode(parts[3]).length));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** What a hash was made with: algorithm, iterations, salt and key length in bytes. */
    public record Parameters(String algorithm, int iterations, int saltBytes, int keyBytes) {
    }
}
