package dev.portico.portal.security;

import dev.portico.psa.account.PortalAccount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * The {@link ResetLinks} until reset e-mails exist: sends nothing and notes that at FINE, with the contact id
 * and never the address. Replace it with an implementation that mails a one-time link (an
 * {@code @Alternative @Priority} bean, or by removing this one).
 */
@ApplicationScoped
public class UnsentResetLinks implements ResetLinks {

    private static final Logger LOG = Logger.getLogger(UnsentResetLinks.class.getName());

    @Override
    public void send(PortalAccount account) {
        LOG.fine(() -> "Password reset asked for contact " + account.contactId()
                + "; reset e-mails are not available yet, nothing was sent");
    }
}
