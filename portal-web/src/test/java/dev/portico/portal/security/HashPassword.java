package dev.portico.portal.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * Prints a Portico password hash for {@value PasswordSeed#KEY}, made by the portal's own {@link PasswordHashing}
 * with the Jakarta Security implementation Payara ships. The password is read from the console (asked twice),
 * or as the first line of standard input when there is no console; it is never an argument, so it stays out
 * of shell histories and process lists. With an e-mail address as argument the output is a whole seed entry.
 *
 * <pre>
 * mvn -B -q -pl portal-web -am test-compile -Phash-password -Dexec.args=ava.admin@contoso.example
 * </pre>
 */
public final class HashPassword {

    private HashPassword() {
    }

    public static void main(String[] args) throws IOException {
        char[] password = read();
        if (password == null || password.length == 0) {
            System.err.println("No password given.");
            System.exit(2);
            return;
        }
        String hash = new PasswordHashing(new Pbkdf2PasswordHashImpl()).hash(password);
        Arrays.fill(password, '\0');
        System.out.println(args.length > 0 && !args[0].isBlank() ? PortalPassword.normalise(args[0]) + "=" + hash : hash);
    }

    private static char[] read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, again)) {
                System.err.println("The two passwords are not the same.");
                System.exit(2);
            }
            Arrays.fill(again, '\0');
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.toCharArray();
    }
}
