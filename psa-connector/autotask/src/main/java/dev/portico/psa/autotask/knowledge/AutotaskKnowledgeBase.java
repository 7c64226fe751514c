package dev.portico.psa.autotask.knowledge;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.AutotaskMappings;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtOp;
import dev.portico.psa.autotask.query.AtQuery;
import dev.portico.psa.knowledge.KnowledgeArticle;
import dev.portico.psa.knowledge.KnowledgeBaseGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Autotask's knowledge base ({@code KnowledgeBaseArticles}, body from {@code ArticlePlainTextContent}). Articles
 * belong to the MSP; which ones customers may read is the article's {@code publish} value, a per-tenant picklist,
 * so the knowledge base stays off ({@link #available()} false) until {@code psa.autotask.knowledge-base.publish}
 * names the values, optionally limited to categories.
 */
@ApplicationScoped
public class AutotaskKnowledgeBase implements KnowledgeBaseGateway {

    @Inject
    AutotaskConnection at;

    protected AutotaskKnowledgeBase() {
    }

    public AutotaskKnowledgeBase(AutotaskConnection at) {
        this.at = at;
    }

    @Override
    public boolean available() {
        return !at.mappings().knowledgeBasePublish().isEmpty();
    }

    private AtFilter visible() {
        AutotaskMappings mappings = at.mappings();
        AtFilter filter = AtFilter.on(AtEntity.KNOWLEDGE_BASE_ARTICLES).eq("isActive", true)
                .in("publish", List.copyOf(mappings.knowledgeBasePublish()));
        if (!mappings.knowledgeBaseCategories().isEmpty()) {
            filter.in("articleCategoryID", List.copyOf(mappings.knowledgeBaseCategories()));
        }
        return filter;
    }

    @Override
    public Page<KnowledgeArticle> search(PsaScope scope, String text, PageRequest page) {
        if (!available()) {
            return Page.empty();
        }
        AtFilter filter = visible();
        if (text != null && !text.isBlank()) {
            filter.where("title", AtOp.CONTAINS, text.trim());
        }
        CompletableFuture<Long> total = at.readAsync(() -> at.count(filter, true));
        List<KnowledgeArticle> articles = at.page(AtQuery.of(filter, Math.min(page.size(), AtQuery.MAX_RECORDS)),
                page, true).stream().map(a -> article(a, "")).toList();
        return new Page<>(articles, Math.max(AutotaskConnection.join(total), (long) page.page() * page.size()
                + articles.size()));
    }

    @Override
    public KnowledgeArticle get(PsaScope scope, long id) {
        if (!available()) {
            throw new PsaNotFoundException("Article");
        }
        JsonObject article = at.item(AtEntity.KNOWLEDGE_BASE_ARTICLES, id);
        AutotaskMappings mappings = at.mappings();
        boolean visible = AtJson.flag(article, "isActive")
                && mappings.knowledgeBasePublish().contains(AtJson.number(article, "publish", -1))
                && (mappings.knowledgeBaseCategories().isEmpty()
                        || mappings.knowledgeBaseCategories().contains(AtJson.number(article, "articleCategoryID", -1)));
        if (!visible) {
            throw new PsaNotFoundException("Article");
        }
        String body;
        try {
            body = AtJson.text(at.item(AtEntity.ARTICLE_PLAIN_TEXT_CONTENT, id), "contentData");
        } catch (PsaNotFoundException noContent) {
            body = "";
        }
        return article(article, body);
    }

    private static KnowledgeArticle article(JsonObject article, String body) {
        return new KnowledgeArticle(AtJson.number(article, "id", 0), AtJson.text(article, "title"), body,
                AtJson.instant(article, "createdDateTime"));
    }
}
