package dev.portico.psa.configuration;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Ref;
import dev.portico.psa.Sort;
import java.util.List;

/** Configurations of the scope's company. */
public interface ConfigurationGateway {

    Page<ConfigurationItem> search(PsaScope scope, ConfigurationQuery query, PageRequest page,
            Sort<ConfigurationSortField> sort);

    long count(PsaScope scope, ConfigurationQuery query);

    ConfigurationItem get(PsaScope scope, long id);

    /** Configuration types, for the type filter. */
    List<Ref> types();

    /** Configuration statuses, for the status filter. */
    List<Ref> statuses();
}
