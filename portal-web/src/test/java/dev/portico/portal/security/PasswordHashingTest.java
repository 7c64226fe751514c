package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    static final PasswordHashing HASHING = new PasswordHashing(new Pbkdf2PasswordHashImpl());

    @Test
    void hashesArePbkdf2WithSha512AtLeast210000IterationsAndTheDefaultSaltSizeOrMore() {
        String hash = HASHING.hash("lantern-orbit-kettle".toCharArray());

        PasswordHashing.Parameters parameters = PasswordHashing.parameters(hash).orElseThrow();
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:"), hash);
        assertEquals("PBKDF2WithHmacSHA512", parameters.algorithm());
        assertTrue(parameters.iterations() >= 210_000, parameters.toString());
        assertTrue(parameters.saltBytes() >= 32, "the Jakarta Security default salt size is 32 bytes");
        assertEquals(64, parameters.keyBytes());
        assertFalse(hash.contains("lantern"));
        assertTrue(PasswordHashing.problem(hash).isEmpty());
        assertFalse(PasswordHashing.outdated(hash));
    }

    @Test
    void theRightPasswordVerifiesAndEveryOtherDoesNot() {
        String hash = HASHING.hash("lantern-orbit-kettle".toCharArray());

        assertTrue(HASHING.verify("lantern-orbit-kettle".toCharArray(), hash));
        assertFalse(HASHING.verify("lantern-orbit-kettlE".toCharArray(), hash));
        assertFalse(HASHING.verify(new char[0], hash));
        assertNotEquals(hash, HASHING.hash("lantern-orbit-kettle".toCharArray()), "a new salt each time");
    }

    @Test
    void aWeakerOrMalformedHashNeverVerifies() {
        Pbkdf2PasswordHashImpl weak = new Pbkdf2PasswordHashImpl();
        weak.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
        String sha256 = weak.generate("lantern-orbit-kettle".toCharArray());

        assertFalse(HASHING.verify("lantern-orbit-kettle".toCharArray(), sha256));
        assertFalse(HASHING.verify("lantern-orbit-kettle".toCharArray(), "not a hash"));
        assertFalse(HASHING.verify("lantern-orbit-kettle".toCharArray(), null));
        assertTrue(PasswordHashing.problem(sha256).orElseThrow().contains("PBKDF2WithHmacSHA256"));
    }

    @Test
    void problemsNameTheWeakParameterWithoutEchoingTheHash() {
        String salt32 = "c+/0EwKozIxLPyBKs7B1zUa79xuY2ChqIkf27xCb3RM=";
        String key64 = "HDPLaYNzx1XkJImVlEq8+L6eZ1yFVSzujudyOMkPKk4sl7qZs7pLiDZQChv/D5jf5U6RQ8fn59+akDcFOYW9ig==";

        assertTrue(PasswordHashing.problem("PBKDF2WithHmacSHA512:1000:" + salt32 + ":" + key64).orElseThrow()
                .contains("1000 iterations"));
        assertTrue(PasswordHashing.problem("PBKDF2WithHmacSHA512:999999999:" + salt32 + ":" + key64).isPresent(),
                "too costly to check");
        assertTrue(PasswordHashing.problem("PBKDF2WithHmacSHA512:210000:AAAAAAAAAAAAAAAAAAAAAA==:" + key64)
                .orElseThrow().contains("16-byte salt"));
        assertTrue(PasswordHashing.problem("PBKDF2WithHmacSHA512:210000:" + salt32 + ":!!").isPresent());
        assertTrue(PasswordHashing.problem("PBKDF2WithHmacSHA512:210000:" + salt32).isPresent());
        assertTrue(PasswordHashing.problem("PBKDF2WithHmacSHA512:210000:" + salt32 + ":" + key64).isEmpty());
        assertFalse(PasswordHashing.problem("secret-looking:1:2:3").orElseThrow().contains("secret-looking"));
    }

    @Test
    void theDummyCheckTakesAboutAsLongAsARealOne() {
        String hash = HASHING.hash("lantern-orbit-kettle".toCharArray());
        HASHING.verify("warm-up".toCharArray(), hash);
        HASHING.verifyDummy("warm-up".toCharArray());

        long real = time(() -> HASHING.verify("wrong-password".toCharArray(), hash));
        long dummy = time(() -> HASHING.verifyDummy("wrong-password".toCharArray()));

        // generous bounds: only a missing hash computation (orders of magnitude) must show
        assertTrue(dummy > real / 4 && dummy < real * 4, "real " + real + " ns, dummy " + dummy + " ns");
    }

    private static long time(Runnable check) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            check.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
