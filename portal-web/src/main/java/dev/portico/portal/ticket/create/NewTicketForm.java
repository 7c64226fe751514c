package dev.portico.portal.ticket.create;

import dev.portico.portal.page.RequiresPermission;
import dev.portico.portal.security.CurrentUser;
import dev.portico.portal.shell.Messages;
import dev.portico.portal.ticket.StagedFiles;
import dev.portico.portal.ticket.TicketConfig;
import dev.portico.portal.ticket.TicketFeatures;
import dev.portico.portal.ticket.TicketLinks;
import dev.portico.portal.ticket.TicketPages;
import dev.portico.portal.ticket.list.TicketListParams;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import dev.portico.psa.configuration.ConfigurationItem;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.reference.RequestType;
import dev.portico.psa.reference.Site;
import dev.portico.psa.ticket.Ticket;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Backs {@code /tickets/new.xhtml}: the two steps (site and request type, then the details) and the saves. The
 * idempotency token is made when the form opens and kept in the view: a double click, or a retry after the PSA
 * timed out, returns the ticket already made instead of a second one. The contact is chosen through
 * {@link NewTicketContacts}, files through {@link StagedFiles}; {@link NewTicketSubmission} sends it all. Users
 * without CREATE_TICKETS get the "not found" page.
 */
@Named
@ViewScoped
@RequiresPermission(Permission.CREATE_TICKETS)
public class NewTicketForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceDataGateway reference;

    @Inject
    NewTicketSubmission submission;

    @Inject
    StagedFiles files;

    @Inject
    TicketFeatures features;

    @Inject
    CurrentUser currentUser;

    @Inject
    TicketConfig config;

    @Inject
    FacesContext facesContext;

    private final String token = IdempotencyTokens.next();
    private String siteParam;
    private String typeParam;
    private int step = 1;
    private List<Site> sites = List.of();
    private List<RequestType> requestTypes = List.of();
    private List<ConfigurationItem> configurationItems = List.of();
    private Long itemsOfSite;
    private final NewTicketDraft draft = new NewTicketDraft();

    public void onload() {
        PsaScope scope = currentUser.scope();
        sites = reference.sites(scope).stream()
                .sorted(Comparator.comparing(Site::primary).reversed().thenComparing(Site::name)).toList();
        requestTypes = reference.requestTypes();
        draft.prefill(sites, requestTypes, TicketListParams.id(siteParam).orElse(null), typeParam, scope.contactId());
        if (draft.getSiteId() != null && draft.getRequestType() != null) {
            toDetails();
        }
    }

    /** "Continue": step 1 (site and request type) is complete. */
    public void next() {
        toDetails();
    }

    private void toDetails() {
        step = 2;
        if (!getType().requiresConfigurationItem()) {
            draft.setConfigurationItemId(null);
        } else if (!Objects.equals(draft.getSiteId(), itemsOfSite)) {
            draft.setConfigurationItemId(null);
            configurationItems = reference.configurationItems(currentUser.scope(), draft.getSiteId(), null).stream()
                    .sorted(Comparator.comparing(ConfigurationItem::name)).toList();
            itemsOfSite = draft.getSiteId();
        }
    }

    /** Back to step 1; everything typed stays. */
    public void back() {
        step = 1;
    }

    public void saveAndView() {
        create().ifPresent(ticket -> finish(ticket, ticketUrl(ticket)));
    }

    public void saveAndClose() {
        create().ifPresent(ticket -> finish(ticket, context() + "/home.xhtml"));
    }

    public void saveAndNew() {
        create().ifPresent(ticket -> finish(ticket, context() + TicketLinks.NEW + "?site=" + draft.getSiteId()));
    }

    public void saveAndAttach() {
        create().ifPresent(ticket -> finish(ticket, ticketUrl(ticket) + "&attach=true"));
    }

    private Optional<Ticket> create() {
        Optional<Ticket> created = submission.create(currentUser.scope(), draft.toNewTicket(token,
                features.asksUrgencyAndImpact(getType()), config.settings().zone(), Messages::text), files.getStaging());
        if (created.isEmpty()) {
            facesContext.validationFailed();
        }
        return created;
    }

    private void finish(Ticket created, String url) {
        facesContext.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("ticket.new.created", created.number());
        TicketPages.redirect(facesContext, url);
    }

    public RequestType getType() {
        return requestTypes.stream().filter(t -> t.key().equals(draft.getRequestType())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No request type chosen"));
    }

    public Site getSite() {
        return sites.stream().filter(s -> draft.getSiteId() != null && s.id() == draft.getSiteId()).findFirst()
                .orElse(null);
    }

    private String ticketUrl(Ticket ticket) {
        return context() + TicketLinks.TICKET + "?id=" + ticket.id();
    }

    private String context() {
        return facesContext.getExternalContext().getRequestContextPath();
    }

    public String getSiteParam() {
        return siteParam;
    }

    public void setSiteParam(String siteParam) {
        this.siteParam = siteParam;
    }

    public String getTypeParam() {
        return typeParam;
    }

    public void setTypeParam(String typeParam) {
        this.typeParam = typeParam;
    }

    public int getStep() {
        return step;
    }

    public List<Site> getSites() {
        return sites;
    }

    public List<RequestType> getRequestTypes() {
        return requestTypes;
    }

    public List<ConfigurationItem> getConfigurationItems() {
        return configurationItems;
    }

    public NewTicketDraft getDraft() {
        return draft;
    }

    /** The form's idempotency token (rendered for tests and support; it is not a secret). */
    public String getToken() {
        return token;
    }
}
