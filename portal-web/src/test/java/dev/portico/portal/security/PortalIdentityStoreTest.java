package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PasswordAuthority;
import dev.portico.psa.account.PortalAccount;
import dev.portico.psa.reference.SecurityLevel;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PortalIdentityStoreTest {

    private static final PortalAccount AVA = new PortalAccount(11, "ava.admin@contoso.example", "Ava", "Admin", 1,
            "Contoso Ltd", new SecurityLevel("1", "Company Administrator"));

    private static final AccountGateway ACCOUNTS = new AccountGateway() {
        @Override
        public Optional<PortalAccount> findByEmail(String email) {
            return Optional.empty();
        }

        @Override
        public Optional<PortalAccount> reload(long contactId) {
            return contactId == AVA.contactId() ? Optional.of(AVA) : Optional.empty();
        }
    };

    private static final PasswordAuthority PSA_PASSWORDS = new PasswordAuthority() {
        @Override
        public OptionalLong verify(String email, char[] password) {
            return "secret".equals(new String(password)) ? OptionalLong.of(AVA.contactId()) : OptionalLong.empty();
        }

        @Override
        public void requestReset(String email) {
        }

        @Override
        public void changePassword(PsaScope scope, char[] currentPassword, char[] newPassword) {
        }
    };

    private static PortalIdentityStore store(PasswordAuthority authority) {
        PortalIdentityStore store = new PortalIdentityStore();
        store.accounts = ACCOUNTS;
        store.levels = new LevelPermissions(PermissionMapping.defaults(PermissionMappingTest.ADAPTER_DEFAULTS));
        store.passwords = Passwords.of(authority);
        return store;
    }

    @Test
    void thePsaChecksThePasswordAndTheAccountIsLoadedWithItsLevel() {
        CredentialValidationResult result = store(PSA_PASSWORDS)
                .validate(new UsernamePasswordCredential(" Ava.Admin@contoso.example ", "secret"));

        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        PortalAccount account = ((PortalPrincipal) result.getCallerPrincipal()).account();
        assertEquals("Ava.Admin@contoso.example", account.email(), "shown with the address typed in");
        assertEquals("Company Administrator", account.securityLevel().name());
        assertTrue(result.getCallerGroups().contains(Permission.MANAGE_CONTACTS.name()));
    }

    @Test
    void aWrongPasswordIsInvalid() {
        assertEquals(CredentialValidationResult.Status.INVALID, store(PSA_PASSWORDS)
                .validate(new UsernamePasswordCredential("ava.admin@contoso.example", "nope")).getStatus());
    }

    @Test
    void withoutAPasswordAuthorityPasswordsAreNotValidatedAtAll() {
        PortalIdentityStore store = store(null);

        assertFalse(store.passwords.isAvailable());
        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED, store
                .validate(new UsernamePasswordCredential("ava.admin@contoso.example", "secret")).getStatus());
    }
}
