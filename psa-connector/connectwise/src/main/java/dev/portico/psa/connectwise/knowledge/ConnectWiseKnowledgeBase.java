package dev.portico.psa.connectwise.knowledge;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.connectwise.Conditions;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.CwDates;
import dev.portico.psa.connectwise.CwMapping;
import dev.portico.psa.connectwise.CwRecord;
import dev.portico.psa.connectwise.rest.CwKnowledgeArticle;
import dev.portico.psa.connectwise.rest.CwListParams;
import dev.portico.psa.connectwise.rest.ServiceClient;
import dev.portico.psa.knowledge.KnowledgeArticle;
import dev.portico.psa.knowledge.KnowledgeBaseGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * ConnectWise knowledge-base articles. They belong to the MSP, not to a company, so the scope here is the
 * configured set of customer-visible categories ({@code psa.knowledge-base.category-ids}).
 */
@ApplicationScoped
public class ConnectWiseKnowledgeBase implements KnowledgeBaseGateway {

    static final String FIELDS = "id,title,issue,resolution,categoryId,subCategoryId,dateCreated";

    private ConnectWiseConnection cw;

    protected ConnectWiseKnowledgeBase() {
    }

    @Inject
    public ConnectWiseKnowledgeBase(ConnectWiseConnection cw) {
        this.cw = cw;
    }

    @Override
    public boolean available() {
        return cw.mappings().knowledgeBaseEnabled();
    }

    @Override
    public Page<KnowledgeArticle> search(PsaScope scope, String text, PageRequest page) {
        if (!available()) {
            return Page.empty();
        }
        Conditions c = visible();
        if (text != null && !text.isBlank()) {
            String value = text.strip();
            c.contains("title", value.length() > 100 ? value.substring(0, 100) : value);
        }
        CwListParams params = CwListParams.where(c.build()).fields(FIELDS)
                .orderBy(Conditions.orderBy(CwRecord.KNOWLEDGE_ARTICLE, "id", false)).page(page.page() + 1, page.size());
        CompletableFuture<List<KnowledgeArticle>> items = cw.readAsync(() -> service().knowledgeArticles(params).stream()
                .filter(this::shown).map(ConnectWiseKnowledgeBase::article).toList());
        CompletableFuture<Long> total = cw.readAsync(() -> service().countKnowledgeArticles(params.forCount()).value());
        return CwMapping.page(items, total, page);
    }

    @Override
    public KnowledgeArticle get(PsaScope scope, long id) {
        if (!available()) {
            throw new PsaNotFoundException("Article");
        }
        CwKnowledgeArticle found;
        try {
            found = cw.read(() -> service().knowledgeArticle(id, FIELDS));
        } catch (PsaNotFoundException e) {
            throw new PsaNotFoundException("Article");
        }
        if (!shown(found)) {
            throw new PsaNotFoundException("Article");
        }
        return article(found);
    }

    private Conditions visible() {
        Set<Long> categories = cw.mappings().knowledgeBaseCategories();
        Conditions c = Conditions.on(CwRecord.KNOWLEDGE_ARTICLE);
        return categories.isEmpty() ? c : c.in("categoryId", categories);
    }

    private boolean shown(CwKnowledgeArticle article) {
        Set<Long> categories = cw.mappings().knowledgeBaseCategories();
        return article != null && (categories.isEmpty() || categories.contains(article.categoryId()));
    }

    /** The body is the article's issue and its resolution, as two paragraphs. */
    static KnowledgeArticle article(CwKnowledgeArticle a) {
        String body = Stream.of(a.issue(), a.resolution())
                .filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(Collectors.joining("\n\n"));
        return new KnowledgeArticle(a.id(), CwMapping.nullToEmpty(a.title()), body, CwDates.parse(a.dateCreated()));
    }

    private ServiceClient service() {
        return cw.client(ServiceClient.class);
    }
}
