package dev.portico.portal.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Initial Portico-managed passwords from configuration, as hashes and never as plain text:
 * {@code portal.passwords.seed=ava@example.com=PBKDF2WithHmacSHA512:210000:...;sam@example.com=...}. Entries are
 * separated by {@code ;} (white space around them is ignored), address and hash by the first {@code =}. A hash is
 * stored for a contact only while the contact has no password of its own, so a password changed since is kept.
 */
public final class PasswordSeed {

    public static final String KEY = "portal.passwords.seed";

    private final Map<String, String> hashes;

    private PasswordSeed(Map<String, String> hashes) {
        this.hashes = Map.copyOf(hashes);
    }

    public static PasswordSeed none() {
        return new PasswordSeed(Map.of());
    }

    /**
     * @throws IllegalArgumentException naming the key and every bad entry by its number (addresses and hashes
     *         are not repeated in the message)
     */
    public static PasswordSeed parse(String value) {
        if (value == null || value.isBlank()) {
            return none();
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, Integer> entryOf = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] entries = value.split(";", -1);
        for (int i = 0; i < entries.length; i++) {
            int number = i + 1;
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 0) {
                problems.add("entry " + number + " has no '=' between address and hash");
                continue;
            }
            String email = PortalPassword.normalise(entry.substring(0, equals));
            String hash = entry.substring(equals + 1).strip();
            if (!email.matches("[^@\\s]+@[^@\\s]+")) {
                problems.add("entry " + number + " does not start with an e-mail address");
                continue;
            }
            Optional<String> problem = PasswordHashing.problem(hash);
            if (problem.isPresent()) {
                problems.add("entry " + number + ": the hash " + problem.get());
                continue;
            }
            Integer earlier = entryOf.putIfAbsent(email, number);
            if (earlier != null) {
                problems.add("entry " + number + " repeats the address of entry " + earlier);
                continue;
            }
            hashes.put(email, hash);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Config key " + KEY + " is malformed: " + String.join("; ", problems)
                    + ". Expected address=hash;address=hash with hashes made by the hash-password tool "
                    + "(docs/configuration.md)");
        }
        return new PasswordSeed(hashes);
    }

    /** The seeded hash for this address (compared without case), if any. */
    public Optional<String> hashFor(String email) {
        return Optional.ofNullable(hashes.get(PortalPassword.normalise(email)));
    }

    public int size() {
        return hashes.size();
    }
}
