package dev.portico.portal.ticket.create;

import dev.portico.psa.reference.RequestType;
import dev.portico.psa.reference.Site;
import dev.portico.psa.ticket.Impact;
import dev.portico.psa.ticket.NewTicket;
import dev.portico.psa.ticket.Urgency;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/** What the user typed on the new-ticket form; kept in the view so a refused or failed save loses nothing. */
public class NewTicketDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long siteId;
    private String requestType;
    private String summary;
    private String description;
    private String troubleshooting;
    private String errorMessages;
    private String unsureItem;
    private Urgency urgency;
    private Impact impact;
    private boolean emergency;
    private Long configurationItemId;
    private LocalDate dueDate;
    private String poNumber;
    private String customerReference;
    private Long contactId;

    /**
     * The ticket to create.
     *
     * @param asksUrgency whether the request type asks urgency and impact (otherwise they are not sent)
     * @param labels      the description's section headings by text bundle key
     */
    public NewTicket toNewTicket(String token, boolean asksUrgency, ZoneId zone, Function<String, String> labels) {
        String text = TicketDescription.compose(description, troubleshooting, errorMessages, unsureItem, labels);
        return new NewTicket(token, requestType, siteId == null ? 0 : siteId, contactId == null ? 0 : contactId,
                summary == null ? "" : summary.strip(), text, asksUrgency ? urgency : null, asksUrgency ? impact : null,
                emergency, configurationItemId == null ? List.of() : List.of(configurationItemId), dueAt(zone),
                blankToNull(poNumber), blankToNull(customerReference));
    }

    /**
     * Step 1 filled from the page's parameters: the site if it is one of the company's (or the only one), the
     * request type if it is configured, and the user as the contact.
     */
    void prefill(List<Site> sites, List<RequestType> types, Long site, String type, long contact) {
        if (site != null && sites.stream().anyMatch(s -> s.id() == site)) {
            siteId = site;
        } else if (siteId == null && sites.size() == 1) {
            siteId = sites.get(0).id();
        }
        types.stream().filter(t -> t.key().equals(type)).findFirst().ifPresent(t -> requestType = t.key());
        contactId = contact;
    }

    /** Midday in the portal's zone, so the date reads the same in any time zone the MSP's technicians use. */
    java.time.Instant dueAt(ZoneId zone) {
        return dueDate == null ? null : dueDate.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getRequestType() {
        return requestType;
    }

    public void setRequestType(String requestType) {
        this.requestType = requestType;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTroubleshooting() {
        return troubleshooting;
    }

    public void setTroubleshooting(String troubleshooting) {
        this.troubleshooting = troubleshooting;
    }

    public String getErrorMessages() {
        return errorMessages;
    }

    public void setErrorMessages(String errorMessages) {
        this.errorMessages = errorMessages;
    }

    public String getUnsureItem() {
        return unsureItem;
    }

    public void setUnsureItem(String unsureItem) {
        this.unsureItem = unsureItem;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public Impact getImpact() {
        return impact;
    }

    public void setImpact(Impact impact) {
        this.impact = impact;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public void setEmergency(boolean emergency) {
        this.emergency = emergency;
    }

    public Long getConfigurationItemId() {
        return configurationItemId;
    }

    public void setConfigurationItemId(Long configurationItemId) {
        this.configurationItemId = configurationItemId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public void setPoNumber(String poNumber) {
        this.poNumber = poNumber;
    }

    public String getCustomerReference() {
        return customerReference;
    }

    public void setCustomerReference(String customerReference) {
        this.customerReference = customerReference;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }
}
