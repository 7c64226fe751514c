package dev.portico.portal.home;

import dev.portico.portal.page.HomeDestination;
import dev.portico.portal.page.HomeDestinationContribution;
import dev.portico.portal.security.CurrentUser;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaException;
import dev.portico.psa.PsaScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Where Home's links lead, as the features that own the pages contribute them
 * ({@link HomeDestinationContribution}): Home shows a link only when some feature offers the destination and the
 * user may follow it, so it never shows a dead link. Asked once per request.
 */
@RequestScoped
public class HomeDestinations {

    private static final Logger LOG = Logger.getLogger(HomeDestinations.class.getName());

    @Inject
    Instance<HomeDestinationContribution> contributions;

    @Inject
    CurrentUser currentUser;

    @Inject
    ServletContext servletContext;

    private Map<String, String> urls;

    /** The URL of a {@link HomeDestination} key, or null when no feature offers it to this user. */
    public String url(String key) {
        if (urls == null) {
            urls = collect();
        }
        return urls.get(key);
    }

    public String recommendations() {
        return url(HomeDestination.RECOMMENDATIONS);
    }

    public String knowledgeBase() {
        return url(HomeDestination.KNOWLEDGE_BASE);
    }

    private Map<String, String> collect() {
        return collect(contributions, currentUser.scope(), currentUser::may, servletContext.getContextPath());
    }

    /** Each contributed destination the user may follow, by key, as a URL; the first contribution of a key wins. */
    static Map<String, String> collect(Iterable<? extends HomeDestinationContribution> contributions, PsaScope scope,
            Predicate<Permission> may, String contextPath) {
        Map<String, String> found = new HashMap<>();
        for (HomeDestinationContribution contribution : contributions) {
            try {
                contribution.homeDestinations(scope).stream()
                        .filter(d -> d.requires().map(may::test).orElse(true))
                        .forEach(d -> found.putIfAbsent(d.key(), contextPath + d.viewId()));
            } catch (PsaException e) {
                LOG.fine(() -> "Home destinations of " + contribution.getClass().getSimpleName() + " left out: " + e);
            }
        }
        return found;
    }
}
