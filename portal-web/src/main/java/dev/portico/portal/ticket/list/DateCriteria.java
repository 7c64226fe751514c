package dev.portico.portal.ticket.list;

import java.io.Serializable;
import java.time.LocalDate;

/** The date ranges of a {@link TicketFilter}: created, due and completed, each end optional and inclusive. */
public abstract class DateCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate createdFrom;
    private LocalDate createdTo;
    private LocalDate dueFrom;
    private LocalDate dueTo;
    private LocalDate completedFrom;
    private LocalDate completedTo;

    /** True when any end of any range is set. */
    public boolean hasDates() {
        return createdFrom != null || createdTo != null || dueFrom != null || dueTo != null || completedFrom != null
                || completedTo != null;
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDate dueFrom) {
        this.dueFrom = dueFrom;
    }

    public LocalDate getDueTo() {
        return dueTo;
    }

    public void setDueTo(LocalDate dueTo) {
        this.dueTo = dueTo;
    }

    public LocalDate getCompletedFrom() {
        return completedFrom;
    }

    public void setCompletedFrom(LocalDate completedFrom) {
        this.completedFrom = completedFrom;
    }

    public LocalDate getCompletedTo() {
        return completedTo;
    }

    public void setCompletedTo(LocalDate completedTo) {
        this.completedTo = completedTo;
    }
}
