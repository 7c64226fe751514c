package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    @Test
    void theShippedListIsExactlyTheGeneratorsOutput() throws IOException {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
            assertEquals(CommonPasswordsGenerator.fileText(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "regenerate the list with CommonPasswordsGenerator");
        }
    }

    @Test
    void theListHasAFewThousandLowerCaseEntries() {
        Set<String> common = PasswordPolicy.commonPasswords();

        assertTrue(common.size() >= 2000 && common.size() <= 20_000, common.size() + " entries");
        assertTrue(common.stream().allMatch(entry -> entry.equals(entry.toLowerCase(java.util.Locale.ROOT))));
        assertTrue(common.containsAll(Set.of("summer", "password", "qwerty")), "the bare words");
        assertTrue(common.containsAll(Set.of("password1234", "qwertyuiop123", "iloveyou2024!", "december@2025",
                "correcthorsebatterystaple", "1qaz2wsx3edc", "123456789012")));
    }
}
