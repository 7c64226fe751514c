package dev.portico.psa.knowledge;

import java.io.Serializable;
import java.time.Instant;

/**
 * A knowledge-base article the MSP shares with customers.
 *
 * @param body the article's text (plain text; paragraphs separated by blank lines)
 */
public record KnowledgeArticle(long id, String title, String body, Instant createdAt) implements Serializable {
}
