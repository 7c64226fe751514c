package dev.portico.psa.autotask.project;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Ref;
import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AtScoping;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtOp;
import dev.portico.psa.autotask.query.AtQuery;
import dev.portico.psa.project.Project;
import dev.portico.psa.project.ProjectGateway;
import dev.portico.psa.project.ProjectPhase;
import dev.portico.psa.project.ProjectWorkItem;
import dev.portico.psa.ticket.OpenState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Autotask projects of the scope's companies, their phases ({@code Phases}) and, as work items, their tasks
 * ({@code Tasks}) that are visible in the client portal ({@code isVisibleInClientPortal}).
 */
@ApplicationScoped
public class AutotaskProjectGateway implements ProjectGateway {

    @Inject
    AutotaskConnection at;

    protected AutotaskProjectGateway() {
    }

    public AutotaskProjectGateway(AutotaskConnection at) {
        this.at = at;
    }

    @Override
    public Page<Project> search(PsaScope scope, OpenState state, String nameContains, PageRequest page) {
        scope.require(Permission.VIEW_PROJECTS);
        AtFilter filter = AtScoping.scoped(AtEntity.PROJECTS, scope);
        List<Long> complete = List.copyOf(at.mappings().projectCompleteStatuses());
        if (state == OpenState.OPEN) {
            filter.where("status", AtOp.NOT_IN, complete);
        } else if (state == OpenState.CLOSED) {
            filter.in("status", complete);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            filter.where("projectName", AtOp.CONTAINS, nameContains.trim());
        }
        CompletableFuture<Long> total = at.readAsync(() -> at.count(filter, true));
        List<Project> projects = at.page(AtQuery.of(filter, Math.min(page.size(), AtQuery.MAX_RECORDS)), page, true)
                .stream().map(this::project).toList();
        return new Page<>(projects, Math.max(AutotaskConnection.join(total), (long) page.page() * page.size()
                + projects.size()));
    }

    @Override
    public Project get(PsaScope scope, long projectId) {
        scope.require(Permission.VIEW_PROJECTS);
        return project(owned(scope, projectId));
    }

    private JsonObject owned(PsaScope scope, long projectId) {
        JsonObject project = at.item(AtEntity.PROJECTS, projectId);
        if (!AtScoping.covers(scope, AtEntity.PROJECTS, project)) {
            throw new PsaNotFoundException("Project");
        }
        return project;
    }

    @Override
    public List<ProjectPhase> phases(PsaScope scope, long projectId) {
        scope.require(Permission.VIEW_PROJECTS);
        CompletableFuture<JsonObject> project = at.readAsync(() -> owned(scope, projectId));
        CompletableFuture<List<JsonObject>> phases = at.readAsync(() -> at.all(AtQuery.of(
                AtFilter.on(AtEntity.PHASES).eq("projectID", projectId), AtQuery.MAX_RECORDS), 4, true));
        AutotaskConnection.join(project);
        return AutotaskConnection.join(phases).stream()
                .filter(p -> AtJson.number(p, "projectID", 0) == projectId)
                .map(p -> new ProjectPhase(AtJson.number(p, "id", 0), AtJson.text(p, "title"), "",
                        AtJson.number(p, "parentPhaseID"), AtJson.text(p, "phaseNumber"), false,
                        AtJson.instant(p, "startDate"), AtJson.instant(p, "dueDate")))
                .toList();
    }

    @Override
    public Page<ProjectWorkItem> workItems(PsaScope scope, long projectId, PageRequest page) {
        scope.require(Permission.VIEW_PROJECTS);
        CompletableFuture<JsonObject> project = at.readAsync(() -> owned(scope, projectId));
        AtFilter filter = AtFilter.on(AtEntity.TASKS).eq("projectID", projectId).eq("isVisibleInClientPortal", true);
        CompletableFuture<Long> total = at.readAsync(() -> at.count(filter, true));
        AutotaskConnection.join(project);
        List<ProjectWorkItem> items = at.page(AtQuery.of(filter, Math.min(page.size(), AtQuery.MAX_RECORDS)), page, true)
                .stream().filter(t -> AtJson.flag(t, "isVisibleInClientPortal")).map(this::task).toList();
        return new Page<>(items, Math.max(AutotaskConnection.join(total), (long) page.page() * page.size()
                + items.size()));
    }

    private ProjectWorkItem task(JsonObject task) {
        long status = AtJson.number(task, "status", 0);
        Long phase = AtJson.number(task, "phaseID");
        return new ProjectWorkItem(AtJson.number(task, "id", 0), AtJson.text(task, "title"),
                at.picklistLabel(AtEntity.TASKS, "status", status), phase == null ? null : new Ref(phase, ""),
                AtJson.text(task, "taskNumber"), at.mappings().taskCompleteStatuses().contains(status),
                AtJson.instant(task, "endDateTime"), AtJson.instant(task, "createDateTime"));
    }

    private Project project(JsonObject project) {
        long status = AtJson.number(project, "status", 0);
        var percent = AtJson.decimal(project, "completedPercentage");
        return new Project(AtJson.number(project, "id", 0), AtJson.text(project, "projectName"),
                at.picklistLabel(AtEntity.PROJECTS, "status", status),
                at.mappings().projectCompleteStatuses().contains(status), null, null, null,
                AtJson.text(project, "description"), AtJson.text(project, "purchaseOrderNumber"),
                AtJson.instant(project, "startDateTime"), AtJson.instant(project, "endDateTime"), null,
                AtJson.instant(project, "completedDateTime"), percent == null ? null : percent.doubleValue());
    }
}
