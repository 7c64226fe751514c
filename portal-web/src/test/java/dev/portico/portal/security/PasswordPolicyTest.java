package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.portal.security.PasswordPolicy.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = PasswordPolicy.standard(8);
    private static final String EMAIL = "ava.admin@contoso.example";

    private static Optional<Problem> check(String password) {
        return POLICY.check(password.toCharArray(), EMAIL);
    }

    @Test
    void atLeastTwelveCharactersWhateverSmallerLengthIsConfigured() {
        assertEquals(12, POLICY.minLength());
        assertEquals(Optional.of(Problem.TOO_SHORT), check("kettle-orbi"));
        assertEquals(Optional.empty(), check("kettle-orbit"));
        assertEquals(16, PasswordPolicy.standard(16).minLength());
        assertEquals(Optional.of(Problem.TOO_SHORT), PasswordPolicy.standard(16).check("kettle-orbit".toCharArray(), EMAIL));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertEquals(Optional.of(Problem.TOO_SHORT), check("\uD83D\uDD11\uD83D\uDD11\uD83D\uDD11\uD83D\uDD11\uD83D\uDD11\uD83D\uDD11"));
        assertEquals(Optional.of(Problem.TOO_LONG), check("x".repeat(PasswordPolicy.MAX_LENGTH) + "yz"));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals(Optional.of(Problem.COMMON), check("password1234"));
        assertEquals(Optional.of(Problem.COMMON), check("Password1234"));
        assertEquals(Optional.of(Problem.COMMON), check("QWERTYUIOP123"));
        assertEquals(Optional.of(Problem.COMMON), check("Summer2024!!"), "common word with the year and !");
        assertEquals(Optional.of(Problem.COMMON), check("iloveyou2024!"));
        assertEquals(Optional.of(Problem.COMMON), check("1qaz2wsx3edc"), "keyboard walk");
        assertEquals(Optional.of(Problem.COMMON), check("123456789012"), "number run");
    }

    @Test
    void aCommonPasswordWithDigitsOrPunctuationAddedIsStillCommon() {
        assertEquals(Optional.of(Problem.COMMON), check("CorrectHorseBatteryStaple2024!?"));
        assertEquals(Optional.of(Problem.COMMON), check("passwordpassword99"));
    }

    @Test
    void aShortPieceRepeatedIsRefused() {
        assertEquals(Optional.of(Problem.COMMON), check("aaaaaaaaaaaaaaa"));
        assertEquals(Optional.of(Problem.COMMON), check("abcabcabcabc"));
        assertEquals(Optional.of(Problem.COMMON), check("x1y2x1y2x1y2"));
    }

    @Test
    void thePasswordMayNotContainTheEmailAddress() {
        assertEquals(Optional.of(Problem.CONTAINS_EMAIL), check("Ava.Admin-2024-secure"));
        assertEquals(Optional.of(Problem.CONTAINS_EMAIL), check("xx" + EMAIL));
        assertEquals(Optional.empty(), POLICY.check("tea-for-ava-now".toCharArray(), "ava@contoso.example"),
                "a local part shorter than four characters is not looked for");
    }

    @Test
    void aLongUnusualPasswordPasses() {
        assertEquals(Optional.empty(), check("lantern orbit kettle"));
        assertEquals(Optional.empty(), check("Tr0mbone-Ferry-Quartz"));
    }
}
