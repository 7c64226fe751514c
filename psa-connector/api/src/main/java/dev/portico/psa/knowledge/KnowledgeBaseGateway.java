package dev.portico.psa.knowledge;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaScope;

/** Customer-visible knowledge-base articles (configured categories); articles are the MSP's, not per company. */
public interface KnowledgeBaseGateway {

    /** False when the knowledge base is switched off in configuration. */
    boolean available();

    /** Newest first; {@code text} is matched against the title, may be null. */
    Page<KnowledgeArticle> search(PsaScope scope, String text, PageRequest page);

    KnowledgeArticle get(PsaScope scope, long id);
}
