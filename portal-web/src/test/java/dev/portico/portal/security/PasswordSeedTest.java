package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordSeedTest {

    static final String HASH = "PBKDF2WithHmacSHA512:210000:c+/0EwKozIxLPyBKs7B1zUa79xuY2ChqIkf27xCb3RM=:"
            + "HDPLaYNzx1XkJImVlEq8+L6eZ1yFVSzujudyOMkPKk4sl7qZs7pLiDZQChv/D5jf5U6RQ8fn59+akDcFOYW9ig==";
    static final String WEAK = "PBKDF2WithHmacSHA512:1000:c+/0EwKozIxLPyBKs7B1zUa79xuY2ChqIkf27xCb3RM=:"
            + "HDPLaYNzx1XkJImVlEq8+L6eZ1yFVSzujudyOMkPKk4sl7qZs7pLiDZQChv/D5jf5U6RQ8fn59+akDcFOYW9ig==";

    @Test
    void entriesAreAddressEqualsHashSeparatedBySemicolons() {
        PasswordSeed seed = PasswordSeed.parse(" ava.admin@contoso.example=" + HASH + " ;\n  Sam.Standard@Contoso.example = "
                + HASH + ";");

        assertEquals(2, seed.size());
        assertEquals(Optional.of(HASH), seed.hashFor("AVA.admin@contoso.example"));
        assertEquals(Optional.of(HASH), seed.hashFor("sam.standard@contoso.example "));
        assertEquals(Optional.empty(), seed.hashFor("olly.own@contoso.example"));
    }

    @Test
    void unsetOrBlankIsNoSeed() {
        assertEquals(0, PasswordSeed.parse(null).size());
        assertEquals(0, PasswordSeed.parse("  ").size());
    }

    @Test
    void malformedEntriesAreReportedByNumberWithTheKeyAndNeverEchoed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PasswordSeed.parse(
                "ava.admin@contoso.example=" + HASH
                        + ";sam.standard@contoso.example"
                        + ";not-an-address=" + HASH
                        + ";olly.own@contoso.example=" + WEAK
                        + ";fay.admin@fabrikam.example=portico-demo"
                        + ";AVA.admin@contoso.example=" + HASH));

        String message = error.getMessage();
        assertTrue(message.contains("portal.passwords.seed"), message);
        assertTrue(message.contains("entry 2 has no '='"), message);
        assertTrue(message.contains("entry 3 does not start with an e-mail address"), message);
        assertTrue(message.contains("entry 4: the hash has 1000 iterations"), message);
        assertTrue(message.contains("entry 5: the hash is not a hash of the form"), message);
        assertTrue(message.contains("entry 6 repeats the address of entry 1"), message);
        assertFalse(message.contains("portico-demo"), "a plain-text password is not repeated: " + message);
        assertFalse(message.contains("c+/0EwKo"), "hashes are not repeated: " + message);
        assertFalse(message.contains("olly.own"), "addresses are not repeated: " + message);
    }

    @Test
    void theDemoSeedParsesAndHasTheFiveDemoAddresses() throws Exception {
        java.util.Properties demo = new java.util.Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("../deploy/demo-config/portal-managed-passwords.properties"))) {
            demo.load(in);
        }
        PasswordSeed seed = PasswordSeed.parse(demo.getProperty(PasswordSeed.KEY));

        assertEquals("true", demo.getProperty("portal.passwords.managed"));
        assertEquals(5, seed.size());
        for (String email : new String[] {"ava.admin@contoso.example", "sam.standard@contoso.example",
                "olly.own@contoso.example", "fay.admin@fabrikam.example", "dan.disabled@contoso.example"}) {
            String hash = seed.hashFor(email).orElseThrow(() -> new AssertionError(email));
            assertTrue(PasswordHashingTest.HASHING.verify("portico-demo".toCharArray(), hash), email);
        }
    }
}
