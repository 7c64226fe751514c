package dev.portico.portal.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a list page's GET parameters through typed {@link ListParam}s. Blank and missing parameters are absent;
 * present but unusable ones are absent too and listed in {@link #rejected()}, so the page can say which it
 * ignored instead of failing. Unknown parameter names are ignored.
 */
public final class ListParams {

    private final Map<String, String> raw;
    private final List<String> rejected = new ArrayList<>();

    private ListParams(Map<String, String> raw) {
        this.raw = raw;
    }

    /** @param raw the request's parameters, one value each (e.g. {@code ExternalContext#getRequestParameterMap}) */
    public static ListParams of(Map<String, String> raw) {
        return new ListParams(raw);
    }

    public <T> Optional<T> get(ListParam<T> param) {
        String value = raw.get(param.name());
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<T> parsed = param.parser().apply(value.strip());
        if (parsed.isEmpty()) {
            rejected.add(param.name());
        }
        return parsed;
    }

    /** Reads {@code param} into {@code target} when present and valid. */
    public <T> ListParams read(ListParam<T> param, Consumer<? super T> target) {
        get(param).ifPresent(target);
        return this;
    }

    /** Both ends of a date range; a range that ends before it starts is rejected whole. */
    public ListParams range(String fromName, String toName, Consumer<LocalDate> from, Consumer<LocalDate> to) {
        Optional<LocalDate> start = get(ListParam.date(fromName));
        Optional<LocalDate> end = get(ListParam.date(toName));
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            rejected.add(fromName);
            rejected.add(toName);
            return this;
        }
        start.ifPresent(from);
        end.ifPresent(to);
        return this;
    }

    /** The names of the parameters that were present but ignored, in the order they were read. */
    public List<String> rejected() {
        return List.copyOf(rejected);
    }
}
