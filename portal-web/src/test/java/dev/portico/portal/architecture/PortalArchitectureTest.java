package dev.portico.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.portico.portal.security.CurrentUser;
import org.junit.jupiter.api.Test;

/**
 * The portal talks to the PSA only through the neutral gateways, has no package cycles and packages
 * by feature. Main classes only (tests may use HTTP clients and the adapter); each rule is also run
 * against the deliberately bad classes in {@code fixture} (test sources only) to show it can fail.
 */
class PortalArchitectureTest {

    static final ArchRule ONLY_THE_NEUTRAL_API = noClasses()
            .that().resideInAPackage("dev.portico.portal..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.portico.psa.connectwise..", "dev.portico.psa.autotask..",
                    "org.eclipse.microprofile.rest.client..", "jakarta.ws.rs.client..", "java.net.http..")
            .because("the portal reaches the PSA only through the gateways of dev.portico.psa; "
                    + "the adapter is a runtime dependency");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.portico.(**)").should().beFreeOfCycles();

    /** Packages are named after what they are about (home, ticket.list...), not after a technical layer. */
    static final ArchRule BY_FEATURE = noClasses()
            .should().resideInAnyPackage("..service..", "..services..", "..controller..", "..controllers..", "..dao..",
                    "..dto..", "..dtos..", "..model..", "..models..", "..entity..", "..entities..", "..util..",
                    "..utils..", "..helper..", "..helpers..", "..impl..", "..bean..", "..beans..", "..common..")
            .because("packages go by feature");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.portico.portal");

    private static final JavaClasses BAD = new ClassFileImporter()
            .importPackages("dev.portico.portal.architecture.fixture");

    @Test
    void onlyTheNeutralApiReachesThePsa() {
        ONLY_THE_NEUTRAL_API.check(MAIN);
    }

    @Test
    void noPackageCycles() {
        NO_PACKAGE_CYCLES.check(MAIN);
    }

    @Test
    void packagesGoByFeature() {
        BY_FEATURE.check(MAIN);
    }

    @Test
    void theRulesCatchTheBadFixtures() {
        assertTrue(ONLY_THE_NEUTRAL_API.evaluate(BAD).hasViolation(), "adapter, JAX-RS client, java.net.http");
        String violations = String.join("\n", ONLY_THE_NEUTRAL_API.evaluate(BAD).getFailureReport().getDetails());
        for (String culprit : new String[] {"ConnectWiseConnection", "jakarta.ws.rs.client.ClientBuilder", "java.net.http.HttpClient"}) {
            assertTrue(violations.contains(culprit), culprit + " not reported in\n" + violations);
        }
        assertTrue(NO_PACKAGE_CYCLES.evaluate(BAD).hasViolation(), "package cycle");
        assertTrue(BY_FEATURE.evaluate(BAD).hasViolation(), "layer package");
    }

    @Test
    void theRuleNamesEveryForbiddenPackage() {
        String rule = ONLY_THE_NEUTRAL_API.getDescription();
        for (String forbidden : new String[] {"dev.portico.psa.connectwise..", "dev.portico.psa.autotask..",
                "org.eclipse.microprofile.rest.client..", "jakarta.ws.rs.client..", "java.net.http.."}) {
            assertTrue(rule.contains(forbidden), forbidden + " missing from: " + rule);
        }
    }

    @Test
    void theMainClassesAreReallyImported() {
        assertTrue(MAIN.contain(CurrentUser.class));
    }
}
