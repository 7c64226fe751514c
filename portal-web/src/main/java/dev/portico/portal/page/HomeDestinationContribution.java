package dev.portico.portal.page;

import dev.portico.psa.PsaScope;
import java.util.List;

/**
 * Implemented (as an application-scoped CDI bean) by each feature whose pages Home links to, as
 * {@link dev.portico.portal.shell.MenuContribution} is for the menu. A feature that is not part of the portal
 * contributes nothing, so Home never shows a dead link.
 */
public interface HomeDestinationContribution {

    /**
     * The destinations this feature offers {@code scope}'s user now. Most answer a constant list; a feature may
     * leave one out while it has nothing to show (such as a knowledge base without articles).
     */
    List<HomeDestination> homeDestinations(PsaScope scope);
}
