package dev.portico.portal.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.portal.page.HomeDestination;
import dev.portico.portal.page.HomeDestinationContribution;
import dev.portico.portal.ticket.TicketHomeDestinations;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import dev.portico.psa.PsaUnavailableException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HomeDestinationsTest {

    private static final PsaScope SCOPE = new PsaScope(250, 802, Set.of());

    @Test
    void homeLinksOnlyWhatFeaturesContributeAndTheUserMayFollow() {
        Map<String, String> all = HomeDestinations.collect(List.of(new TicketHomeDestinations()), SCOPE,
                permission -> true, "/portal");
        Map<String, String> viewer = HomeDestinations.collect(List.of(new TicketHomeDestinations()), SCOPE,
                permission -> permission != Permission.CREATE_TICKETS, "");

        assertEquals(Map.of(HomeDestination.TICKETS, "/portal/tickets/list.xhtml",
                HomeDestination.TICKET, "/portal/tickets/ticket.xhtml",
                HomeDestination.NEW_TICKET, "/portal/tickets/new.xhtml"), all);
        assertEquals(Map.of(HomeDestination.TICKETS, "/tickets/list.xhtml",
                HomeDestination.TICKET, "/tickets/ticket.xhtml"), viewer);
        assertEquals(null, all.get(HomeDestination.RECOMMENDATIONS), "no recommendations page contributes one");
    }

    @Test
    void aContributionThatCannotAskThePsaIsLeftOut() {
        HomeDestinationContribution failing = scope -> {
            throw new PsaUnavailableException("down", null);
        };
        HomeDestinationContribution knowledge = scope -> List.of(
                HomeDestination.forEveryone(HomeDestination.KNOWLEDGE_BASE, "/knowledge/list.xhtml"));

        assertEquals(Map.of(HomeDestination.KNOWLEDGE_BASE, "/knowledge/list.xhtml"),
                HomeDestinations.collect(List.of(failing, knowledge), SCOPE, permission -> true, ""));
    }
}
