package dev.portico.portal.home;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.knowledge.KnowledgeBaseGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Where Home's Recommendations and Knowledge Base links lead, shown only when that page is part of this portal
 * (so Home never shows a dead link) and, for the knowledge base, when it is switched on and has articles. The
 * articles are the MSP's, the same for every customer, so whether there are any is asked at most every ten
 * minutes for everybody.
 */
@ApplicationScoped
public class HomeDestinations {

    static final String RECOMMENDATIONS = "/recommendations/list.xhtml";
    static final String KNOWLEDGE_BASE = "/knowledge/list.xhtml";
    private static final Logger LOG = Logger.getLogger(HomeDestinations.class.getName());

    @Inject
    ServletContext servletContext;

    @Inject
    KnowledgeBaseGateway knowledgeBase;

    private final Cache<String, Boolean> articlesExist = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(1).build();

    /** The recommendations page, or null when this portal has none. */
    public String recommendations() {
        return exists(RECOMMENDATIONS) ? servletContext.getContextPath() + RECOMMENDATIONS : null;
    }

    /** The knowledge base, or null when there is no page, it is switched off, or it has no articles. */
    public String knowledgeBase(PsaScope scope) {
        if (!exists(KNOWLEDGE_BASE) || !knowledgeBase.available()) {
            return null;
        }
        Boolean any = articlesExist.getIfPresent("any");
        if (any == null) {
            try {
                any = knowledgeBase.search(scope, null, PageRequest.first(1)).total() > 0;
                articlesExist.put("any", any);
            } catch (PsaException e) {
                LOG.fine(() -> "Knowledge base not checked: " + e);
                return null;
            }
        }
        return any ? servletContext.getContextPath() + KNOWLEDGE_BASE : null;
    }

    private boolean exists(String path) {
        try {
            return servletContext.getResource(path) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }
}
