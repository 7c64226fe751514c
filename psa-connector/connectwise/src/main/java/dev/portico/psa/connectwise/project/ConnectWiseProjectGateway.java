package dev.portico.psa.connectwise.project;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.connectwise.Conditions;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.CwDates;
import dev.portico.psa.connectwise.CwMapping;
import dev.portico.psa.connectwise.CwRecord;
import dev.portico.psa.connectwise.rest.CwListParams;
import dev.portico.psa.connectwise.rest.CwProject;
import dev.portico.psa.connectwise.rest.CwProjectTicket;
import dev.portico.psa.connectwise.rest.CwWorkplan;
import dev.portico.psa.connectwise.rest.CwWorkplanPhase;
import dev.portico.psa.connectwise.rest.ProjectClient;
import dev.portico.psa.project.Project;
import dev.portico.psa.project.ProjectGateway;
import dev.portico.psa.project.ProjectPhase;
import dev.portico.psa.project.ProjectWorkItem;
import dev.portico.psa.ticket.OpenState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Projects in ConnectWise, scoped to the caller's companies; projects marked "do not display in portal" do not
 * exist. Phases come from the project's work plan; its project tickets are the work items.
 */
@ApplicationScoped
public class ConnectWiseProjectGateway implements ProjectGateway {

    static final String FIELDS = "id,name,status,closedFlag,manager,company,contact,site,description,customerPO,"
            + "estimatedStart,estimatedEnd,actualStart,actualEnd,percentComplete,doNotDisplayInPortalFlag";
    static final String TICKET_FIELDS = "id,summary,project,phase,company,status,wbsCode,closedFlag,requiredDate,"
            + "_info/dateEntered";

    private ConnectWiseConnection cw;

    protected ConnectWiseProjectGateway() {
    }

    @Inject
    public ConnectWiseProjectGateway(ConnectWiseConnection cw) {
        this.cw = cw;
    }

    @Override
    public Page<Project> search(PsaScope scope, OpenState state, String nameContains, PageRequest page) {
        scope.require(Permission.VIEW_PROJECTS);
        Conditions c = Conditions.scoped(CwRecord.PROJECT, scope).is("doNotDisplayInPortalFlag", false);
        if (state == OpenState.OPEN || state == OpenState.CLOSED) {
            c.is("closedFlag", state == OpenState.CLOSED);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            String text = nameContains.strip();
            c.contains("name", text.length() > 100 ? text.substring(0, 100) : text);
        }
        CwListParams params = CwListParams.where(c.build()).fields(FIELDS)
                .orderBy(Conditions.orderBy(CwRecord.PROJECT, "id", false)).page(page.page() + 1, page.size());
        CompletableFuture<List<Project>> items = cw.readAsync(() -> projects().projects(params).stream()
                .filter(p -> shown(scope, p)).map(ConnectWiseProjectGateway::project).toList());
        CompletableFuture<Long> total = cw.readAsync(() -> projects().countProjects(params.forCount()).value());
        return CwMapping.page(items, total, page);
    }

    @Override
    public Project get(PsaScope scope, long projectId) {
        scope.require(Permission.VIEW_PROJECTS);
        return project(owned(scope, projectId));
    }

    @Override
    public List<ProjectPhase> phases(PsaScope scope, long projectId) {
        scope.require(Permission.VIEW_PROJECTS);
        CompletableFuture<CwProject> owner = cw.readAsync(() -> projects().project(projectId, "id,company,doNotDisplayInPortalFlag"));
        CompletableFuture<CwWorkplan> plan = cw.readAsync(() -> projects().workplan(projectId));
        check(scope, ConnectWiseConnection.join(owner));
        CwWorkplan workplan = ConnectWiseConnection.join(plan);
        if (workplan == null || workplan.phases() == null) {
            return List.of();
        }
        return workplan.phases().stream().filter(Objects::nonNull).map(ConnectWiseProjectGateway::phase).toList();
    }

    @Override
    public Page<ProjectWorkItem> workItems(PsaScope scope, long projectId, PageRequest page) {
        scope.require(Permission.VIEW_PROJECTS);
        CompletableFuture<CwProject> owner = cw.readAsync(() -> projects().project(projectId, "id,company,doNotDisplayInPortalFlag"));
        String conditions = Conditions.scoped(CwRecord.PROJECT_TICKET, scope).is("project/id", projectId).build();
        CwListParams params = CwListParams.where(conditions).fields(TICKET_FIELDS)
                .orderBy(Conditions.orderBy(CwRecord.PROJECT_TICKET, "wbsCode", true)).page(page.page() + 1, page.size());
        CompletableFuture<List<ProjectWorkItem>> items = cw.readAsync(() -> projects().tickets(params).stream()
                .filter(t -> t.company() == null || scope.coversCompany(t.company().idOrZero()))
                .map(ConnectWiseProjectGateway::workItem).toList());
        CompletableFuture<Long> total = cw.readAsync(() -> projects().countTickets(params.forCount()).value());
        check(scope, ConnectWiseConnection.join(owner));
        return CwMapping.page(items, total, page);
    }

    private CwProject owned(PsaScope scope, long projectId) {
        try {
            return check(scope, cw.read(() -> projects().project(projectId, FIELDS)));
        } catch (PsaNotFoundException e) {
            throw new PsaNotFoundException("Project");
        }
    }

    private static CwProject check(PsaScope scope, CwProject project) {
        if (!shown(scope, project)) {
            throw new PsaNotFoundException("Project");
        }
        return project;
    }

    private static boolean shown(PsaScope scope, CwProject p) {
        return p != null && CwMapping.inScope(scope, p.company())
                && !Boolean.TRUE.equals(p.doNotDisplayInPortalFlag());
    }

    static Project project(CwProject p) {
        return new Project(p.id(), CwMapping.nullToEmpty(p.name()), p.status() == null ? "" : CwMapping.nullToEmpty(p.status().name()),
                Boolean.TRUE.equals(p.closedFlag()), CwMapping.ref(p.manager()), CwMapping.ref(p.contact()),
                CwMapping.ref(p.site()), p.description(), p.customerPO(), CwDates.parse(p.estimatedStart()),
                CwDates.parse(p.estimatedEnd()), CwDates.parse(p.actualStart()), CwDates.parse(p.actualEnd()),
                p.percentComplete());
    }

    static ProjectPhase phase(CwWorkplanPhase p) {
        return new ProjectPhase(p.id() == null ? 0 : p.id(), CwMapping.nullToEmpty(p.description()),
                p.status() == null ? "" : CwMapping.nullToEmpty(p.status().name()),
                p.parentPhase() == null ? null : p.parentPhase().id(), p.wbsCode(),
                Boolean.TRUE.equals(p.markAsMilestoneFlag()), CwDates.parse(p.startDate()), CwDates.parse(p.endDate()));
    }

    /** A ConnectWise project ticket is a work item of the plan. */
    static ProjectWorkItem workItem(CwProjectTicket t) {
        return new ProjectWorkItem(t.id(), CwMapping.nullToEmpty(t.summary()),
                t.status() == null ? "" : CwMapping.nullToEmpty(t.status().name()), CwMapping.ref(t.phase()), t.wbsCode(),
                Boolean.TRUE.equals(t.closedFlag()), CwDates.parse(t.requiredDate()),
                t.info() == null ? null : CwDates.parse(t.info().get("dateEntered")));
    }

    private ProjectClient projects() {
        return cw.client(ProjectClient.class);
    }
}
