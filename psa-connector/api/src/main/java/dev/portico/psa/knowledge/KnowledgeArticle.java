package dev.portico.psa.knowledge;

import java.io.Serializable;
import java.time.Instant;

/** A knowledge-base article the MSP shares with customers. */
public record KnowledgeArticle(long id, String title, String issue, String resolution, Instant createdAt)
        implements Serializable {
}
