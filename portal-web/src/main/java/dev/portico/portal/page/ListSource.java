package dev.portico.portal.page;

import java.io.Serializable;

/**
 * Fetches one page of a list from the PSA, typically one gateway call. It lives in a view-scoped model, so it is
 * serializable: keep the gateway (a CDI proxy), the scope and the feature's filter in it, never rows.
 */
@FunctionalInterface
public interface ListSource<T, F extends Enum<F>> extends Serializable {

    ListChunk<T> fetch(ListRequest<F> request);
}
