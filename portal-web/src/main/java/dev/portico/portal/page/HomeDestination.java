package dev.portico.portal.page;

import dev.portico.psa.Permission;
import java.util.Objects;
import java.util.Optional;

/**
 * A page that Home may link to, offered by the feature that owns the page through a
 * {@link HomeDestinationContribution}. Home links a destination only when some feature offers it.
 *
 * @param key      what Home asks for, one of the constants below
 * @param viewId   the page, e.g. {@code /tickets/list.xhtml}
 * @param requires the permission needed to follow the link; empty for every signed-in user
 */
public record HomeDestination(String key, String viewId, Optional<Permission> requires) {

    /** The ticket list ({@code ?view=...} and the list's other parameters are added by Home). */
    public static final String TICKETS = "tickets";
    /** One ticket's page ({@code ?id=} is added by Home), e.g. for Home's Open Tickets grid and search box. */
    public static final String TICKET = "ticket";
    public static final String NEW_TICKET = "newTicket";
    public static final String RECOMMENDATIONS = "recommendations";
    public static final String KNOWLEDGE_BASE = "knowledgeBase";

    public HomeDestination {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(viewId, "viewId");
        Objects.requireNonNull(requires, "requires");
    }

    public static HomeDestination forEveryone(String key, String viewId) {
        return new HomeDestination(key, viewId, Optional.empty());
    }

    public static HomeDestination requiring(Permission permission, String key, String viewId) {
        return new HomeDestination(key, viewId, Optional.of(permission));
    }
}
