package dev.portico.psa.connectwise;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Ref;
import dev.portico.psa.connectwise.rest.CwRef;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Small helpers the feature gateways share: references, ownership, pages from a list and a count. */
public final class CwMapping {

    private CwMapping() {
    }

    public static Ref ref(CwRef ref) {
        return ref == null || ref.id() == null ? null : new Ref(ref.id(), ref.name());
    }

    /** "Not found" unless the record's company is one of the scope's companies. */
    public static <T> T owned(PsaScope scope, T record, CwRef company, String what) {
        if (record == null || !inScope(scope, company)) {
            throw new PsaNotFoundException(what);
        }
        return record;
    }

    /** Whether a record of {@code company} is visible in the scope; a record without a company is not. */
    public static boolean inScope(PsaScope scope, CwRef company) {
        return company != null && scope.coversCompany(company.idOrZero());
    }

    /** A page from a list call and a count call made in parallel. */
    public static <T> Page<T> page(CompletableFuture<List<T>> items, CompletableFuture<Long> total, PageRequest request) {
        List<T> list = ConnectWiseConnection.join(items);
        long count = ConnectWiseConnection.join(total);
        return new Page<>(list, Math.max(count, (long) request.page() * request.size() + list.size()));
    }

    public static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
