package dev.portico.portal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for a new Portico-managed password: at least {@value #MIN_LENGTH} characters (more when
 * {@code portal.security.password.min-length} asks for more), at most {@value #MAX_LENGTH}, not one of the common
 * passwords shipped in {@value #COMMON_PASSWORDS} (compared without case, also with trailing digits and
 * punctuation taken off), not a short piece repeated, and not containing the user's e-mail address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    /** The list of common passwords, a resource of the WAR; where it comes from is said in its header. */
    public static final String COMMON_PASSWORDS = "/dev/portico/portal/security/common-passwords.txt";

    /** Why a password is refused. */
    public enum Problem {
        TOO_SHORT,
        TOO_LONG,
        COMMON,
        CONTAINS_EMAIL
    }

    private final int minLength;
    private final Set<String> common;

    /** @param configuredMinLength the configured shortest length; never below {@value #MIN_LENGTH} */
    public PasswordPolicy(int configuredMinLength, Set<String> common) {
        this.minLength = Math.max(MIN_LENGTH, configuredMinLength);
        this.common = Set.copyOf(common);
    }

    /** The policy with the shipped list of common passwords. */
    public static PasswordPolicy standard(int configuredMinLength) {
        return new PasswordPolicy(configuredMinLength, commonPasswords());
    }

    public int minLength() {
        return minLength;
    }

    /** The first rule the password breaks, or empty when it may be used. */
    public Optional<Problem> check(char[] password, String email) {
        String candidate = new String(password);
        int length = candidate.codePointCount(0, candidate.length());
        if (length < minLength) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of(Problem.COMMON);
        }
        if (containsEmail(lower, email)) {
            return Optional.of(Problem.CONTAINS_EMAIL);
        }
        return Optional.empty();
    }

    private boolean isCommon(String lower) {
        String core = lower.replaceFirst("[\\p{Punct}\\p{Digit}\\s]+$", "");
        // "Summer2024!!": the bare word is on the list
        return common.contains(lower) || common.contains(core) || repeatsAShortPiece(lower);
    }

    /** "aaaaaaaaaaaa", "abcabcabcabc", "12121212121212": a piece of at most four characters over and over. */
    private static boolean repeatsAShortPiece(String lower) {
        for (int piece = 1; piece <= 4; piece++) {
            if (lower.length() % piece == 0 && lower.substring(0, piece).repeat(lower.length() / piece).equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /** The whole address, or its part before the @ when that is at least four characters long. */
    private static boolean containsEmail(String lower, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String address = email.trim().toLowerCase(Locale.ROOT);
        int at = address.indexOf('@');
        String local = at > 0 ? address.substring(0, at) : address;
        return lower.contains(address) || (local.length() >= 4 && lower.contains(local));
    }

    /** The shipped list: one password a line, lower case; lines starting with # are comments. */
    static Set<String> commonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords " + COMMON_PASSWORDS + " is missing");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(entry.toLowerCase(Locale.ROOT));
                }
            }
            return passwords;
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords cannot be read", e);
        }
    }
}
