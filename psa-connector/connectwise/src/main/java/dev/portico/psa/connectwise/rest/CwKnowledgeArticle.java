package dev.portico.psa.connectwise.rest;

/** A knowledge-base article (no schema in the recorded spec; fields as the API returns them). */
public record CwKnowledgeArticle(
        Long id, String title, String issue, String resolution, Long categoryId, Long subCategoryId,
        String dateCreated) {
}
