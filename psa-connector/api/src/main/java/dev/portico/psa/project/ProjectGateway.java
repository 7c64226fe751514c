package dev.portico.psa.project;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaScope;
import dev.portico.psa.ticket.OpenState;
import java.util.List;

/** Projects of the scope's companies, except those the MSP hides from the portal. */
public interface ProjectGateway {

    /** Newest first; {@code nameContains} may be null. */
    Page<Project> search(PsaScope scope, OpenState state, String nameContains, PageRequest page);

    Project get(PsaScope scope, long projectId);

    /** The plan's phases in plan order. */
    List<ProjectPhase> phases(PsaScope scope, long projectId);

    /** The plan's work items that the customer may see, in plan order. */
    Page<ProjectWorkItem> workItems(PsaScope scope, long projectId, PageRequest page);
}
