package dev.portico.psa.connectwise.rest;

import jakarta.ws.rs.QueryParam;

/**
 * The query parameters every ConnectWise list and {@code /count} GET takes. {@code conditions} and
 * {@code childConditions} must come from the adapter's {@code Conditions} builder, never from user text.
 * The annotated fields hold the values as sent ({@link CwQueryValue#literal}), so that a brace or a percent
 * sign in a search arrives as typed; the accessors answer the values as given.
 */
public final class CwListParams {

    @QueryParam("conditions")
    private String conditionsSent;

    @QueryParam("childConditions")
    private String childConditionsSent;

    @QueryParam("orderBy")
    private String orderBySent;

    @QueryParam("fields")
    private String fieldsSent;

    private String conditions;
    private String childConditions;
    private String orderBy;
    private String fields;

    @QueryParam("page")
    private Integer page;

    @QueryParam("pageSize")
    private Integer pageSize;

    public static CwListParams where(String conditions) {
        CwListParams params = new CwListParams();
        params.conditions = conditions;
        params.conditionsSent = CwQueryValue.literal(conditions);
        return params;
    }

    public CwListParams childConditions(String value) {
        this.childConditions = value;
        this.childConditionsSent = CwQueryValue.literal(value);
        return this;
    }

    public CwListParams orderBy(String value) {
        this.orderBy = value;
        this.orderBySent = CwQueryValue.literal(value);
        return this;
    }

    public CwListParams fields(String value) {
        this.fields = value;
        this.fieldsSent = CwQueryValue.literal(value);
        return this;
    }

    /** One-based page, as ConnectWise counts. */
    public CwListParams page(int page, int pageSize) {
        if (page < 1 || pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("page must be >= 1 and pageSize within 1..1000");
        }
        this.page = page;
        this.pageSize = pageSize;
        return this;
    }

    /** The same filter for the matching {@code /count} call (no paging, order or projection). */
    public CwListParams forCount() {
        return where(conditions).childConditions(childConditions);
    }

    public String conditions() {
        return conditions;
    }

    public String childConditions() {
        return childConditions;
    }

    public String orderBy() {
        return orderBy;
    }

    public String fields() {
        return fields;
    }

    public Integer page() {
        return page;
    }

    public Integer pageSize() {
        return pageSize;
    }
}
