package dev.portico.psa.autotask;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaNotPermittedException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.account.PortalAccount;
import dev.portico.psa.autotask.account.AutotaskAccountGateway;
import dev.portico.psa.autotask.configuration.AutotaskConfigurationGateway;
import dev.portico.psa.autotask.contact.AutotaskContactGateway;
import dev.portico.psa.autotask.contract.AutotaskWireMockTest;
import dev.portico.psa.autotask.reference.AutotaskReferenceData;
import dev.portico.psa.configuration.ConfigurationQuery;
import dev.portico.psa.contact.Contact;
import dev.portico.psa.contact.ContactDraft;
import dev.portico.psa.contact.ContactQuery;
import dev.portico.psa.contact.EmailSlot;
import dev.portico.psa.contact.PhoneNumber;
import dev.portico.psa.contact.PhoneSlot;
import dev.portico.psa.contact.PortalAccess;
import dev.portico.psa.reference.Priority;
import dev.portico.psa.reference.Site;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureGatewaysTest extends AutotaskWireMockTest {

    static final PsaScope MANAGER = new PsaScope(175, Set.of(175L), 30684646, Set.of(),
            Set.of(Permission.MANAGE_CONTACTS, Permission.VIEW_CONFIGURATIONS, Permission.VIEW_COMPANY_TICKETS));
    static final PsaScope BASIC = new PsaScope(175, 30684646, Set.of());

    static String items(String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"pageDetails\":{\"count\":" + items.length
                + ",\"requestCount\":500,\"prevPageUrl\":null,\"nextPageUrl\":null}}";
    }

    static final String JANE = "{\"id\":30684646,\"companyID\":175,\"firstName\":\"Jane\",\"lastName\":\"Doe\","
            + "\"isActive\":1,\"emailAddress\":\"jane@client.example\",\"phone\":\"555 1\",\"extension\":\"12\"}";

    void stubPortalUser(boolean active) {
        PSA.stubFor(post(urlPathEqualTo(api("/ClientPortalUsers/query"))).willReturn(okJson(items(
                "{\"id\":9,\"contactID\":30684646,\"isClientPortalActive\":" + active + ",\"securityLevel\":2}"))));
        PSA.stubFor(get(urlPathEqualTo(api("/ClientPortalUsers/entityInformation/fields"))).willReturn(okJson(
                "{\"fields\":[{\"name\":\"securityLevel\",\"picklistValues\":[{\"value\":\"1\",\"label\":\"Basic\"},"
                        + "{\"value\":\"2\",\"label\":\"Advanced\",\"isDefaultValue\":true}]}]}")));
    }

    @Test
    void aLogInFindsTheOneActiveContactWithAnActivePortalUser() {
        PSA.stubFor(post(urlPathEqualTo(api("/Contacts/query"))).willReturn(okJson(items(JANE))));
        PSA.stubFor(get(urlPathEqualTo(api("/Companies/175"))).willReturn(okJson(
                "{\"item\":{\"id\":175,\"companyName\":\"Client Ltd\"}}")));
        stubPortalUser(true);

        PortalAccount account = new AutotaskAccountGateway(connection()).findByEmail("Jane@Client.example").orElseThrow();

        assertEquals(30684646, account.contactId());
        assertEquals("Client Ltd", account.companyName());
        assertEquals("2", account.securityLevel().key());
        assertEquals("Advanced", account.securityLevel().name());
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/Contacts/query")))
                .withRequestBody(matchingJsonPath("$.filter[1].op", is("or")))
                .withRequestBody(matchingJsonPath("$.filter[1].items[2].field", is("emailAddress3"))));
    }

    @Test
    void aSharedAddressOrADisabledPortalUserFindsNobody() {
        PSA.stubFor(post(urlPathEqualTo(api("/Contacts/query"))).willReturn(okJson(items(JANE,
                JANE.replace("30684646", "30684647")))));
        assertEquals(Optional.empty(), new AutotaskAccountGateway(connection()).findByEmail("jane@client.example"));

        PSA.stubFor(post(urlPathEqualTo(api("/Contacts/query"))).willReturn(okJson(items(JANE))));
        stubPortalUser(false);
        assertEquals(Optional.empty(), new AutotaskAccountGateway(connection()).findByEmail("jane@client.example"));
    }

    @Test
    void contactsAreScopedMappedOntoSlotsAndCreatedThroughTheirCompany() {
        PSA.stubFor(post(urlPathEqualTo(api("/Contacts/query"))).willReturn(okJson(items(JANE))));
        PSA.stubFor(post(urlPathEqualTo(api("/Contacts/query/count"))).willReturn(okJson("{\"queryCount\":1}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Contacts/30684646"))).willReturn(okJson("{\"item\":" + JANE + "}")));
        PSA.stubFor(post(urlPathEqualTo(api("/Companies/175/Contacts"))).willReturn(okJson("{\"itemId\":30684646}")));
        stubPortalUser(true);
        AutotaskContactGateway contacts = new AutotaskContactGateway(connection());

        Contact jane = contacts.search(MANAGER, new ContactQuery("jane", null, false), PageRequest.first(20)).items().get(0);
        assertEquals("jane@client.example", jane.email(EmailSlot.WORK));
        assertEquals(new PhoneNumber("555 1", "12"), jane.phone(PhoneSlot.DIRECT));
        assertTrue(jane.portalAccess().enabled());
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/Contacts/query")))
                .withRequestBody(matchingJsonPath("$.filter[0].field", is("companyID"))));

        contacts.create(MANAGER, new ContactDraft("Joe", "Bloggs", "IT", null,
                Map.of(EmailSlot.WORK, "joe@client.example"), Map.of(PhoneSlot.MOBILE, PhoneNumber.of("0700"))));
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/Companies/175/Contacts")))
                .withRequestBody(matchingJsonPath("$.companyID", is("175")))
                .withRequestBody(matchingJsonPath("$.mobilePhone", is("0700")))
                .withRequestBody(matchingJsonPath("$.emailAddress2", is(""))));
    }

    @Test
    void turningPortalAccessOffSetsTheClientPortalUserInactive() {
        PSA.stubFor(get(urlPathEqualTo(api("/Contacts/30684646"))).willReturn(okJson("{\"item\":" + JANE + "}")));
        PSA.stubFor(patch(urlPathEqualTo(api("/ClientPortalUsers"))).willReturn(okJson("{\"itemId\":9}")));
        stubPortalUser(true);

        new AutotaskContactGateway(connection()).setPortalAccess(MANAGER, 30684646, PortalAccess.disabled());

        PSA.verify(patchRequestedFor(urlPathEqualTo(api("/ClientPortalUsers")))
                .withRequestBody(equalToJson("{\"id\":9,\"isClientPortalActive\":false}")));
    }

    @Test
    void contactsConfigurationsAndThePickerRefuseWithoutPermissionAndSendNothing() {
        AutotaskContactGateway contacts = new AutotaskContactGateway(connection());
        AutotaskConfigurationGateway configurations = new AutotaskConfigurationGateway(connection());
        AutotaskReferenceData reference = new AutotaskReferenceData(connection());
        ContactDraft draft = new ContactDraft("A", "B", null, null, Map.of(), Map.of());

        assertThrows(PsaNotPermittedException.class, () -> contacts.search(BASIC, ContactQuery.active(), PageRequest.first(5)));
        assertThrows(PsaNotPermittedException.class, () -> contacts.get(BASIC, 1));
        assertThrows(PsaNotPermittedException.class, () -> contacts.create(BASIC, draft));
        assertThrows(PsaNotPermittedException.class, () -> contacts.update(BASIC, 1, draft));
        assertThrows(PsaNotPermittedException.class, () -> contacts.setPortalAccess(BASIC, 1, PortalAccess.disabled()));
        assertThrows(PsaNotPermittedException.class,
                () -> configurations.search(BASIC, ConfigurationQuery.all(), PageRequest.first(5), null));
        assertThrows(PsaNotPermittedException.class, () -> configurations.get(BASIC, 1));
        assertThrows(PsaNotPermittedException.class, () -> reference.configurationItems(BASIC, 44, null));

        assertEquals(0, PSA.getAllServeEvents().size());
    }

    @Test
    void configurationItemsAreScopedAndAnotherCompanysIsNotFound() {
        PSA.stubFor(post(urlPathEqualTo(api("/ConfigurationItems/query"))).willReturn(okJson(items(
                "{\"id\":5,\"companyID\":175,\"referenceTitle\":\"Laptop 1\",\"isActive\":true,\"serialNumber\":\"S1\"}"))));
        PSA.stubFor(post(urlPathEqualTo(api("/ConfigurationItems/query/count"))).willReturn(okJson("{\"queryCount\":1}")));
        PSA.stubFor(get(urlPathEqualTo(api("/ConfigurationItems/6"))).willReturn(okJson(
                "{\"item\":{\"id\":6,\"companyID\":999,\"referenceTitle\":\"Theirs\"}}")));
        AutotaskConfigurationGateway configurations = new AutotaskConfigurationGateway(connection());

        assertEquals("Laptop 1", configurations.search(MANAGER, new ConfigurationQuery("lap", true, null, null, null,
                null, null, null, null, null), PageRequest.first(10), null).items().get(0).name());
        assertThrows(PsaNotFoundException.class, () -> configurations.get(MANAGER, 6));
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/ConfigurationItems/query")))
                .withRequestBody(matchingJsonPath("$.filter[0].field", is("companyID")))
                .withRequestBody(matchingJsonPath("$.filter[1].field", is("referenceTitle"))));
    }

    @Test
    void sitesArePrioritiesAndStatusesComeFromThePicklists() {
        stubTicketFields();
        PSA.stubFor(post(urlPathEqualTo(api("/CompanyLocations/query"))).willReturn(okJson(items(
                "{\"id\":44,\"companyID\":175,\"name\":\"Head office\",\"address1\":\"1 High St\",\"isPrimary\":true}"))));
        AutotaskReferenceData reference = new AutotaskReferenceData(connection());

        List<Site> sites = reference.sites(BASIC);
        assertEquals("Head office", sites.get(0).name());
        assertTrue(sites.get(0).primary());
        assertEquals(List.of("High", "Medium", "Low"), reference.priorities().stream().map(Priority::name).toList());
        assertEquals(5, reference.ticketStatuses().size());
        assertTrue(reference.impacts().isEmpty());
        assertEquals(3, reference.requestTypes().size());
    }
}
