package dev.portico.psa.autotask.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.AtBudget;
import org.junit.jupiter.api.Test;

/**
 * The Autotask adapter: no package cycles, and not even class cycles (a nested class counts as its
 * outer class); no web layer. Each rule is also run against the deliberately bad classes in
 * {@code fixture} (test sources only) to show it can fail.
 */
class AdapterArchitectureTest {

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.portico.(**)").should().beFreeOfCycles();

    /** Each top-level class (with its nested classes) is a slice of its own. */
    static final SliceAssignment TOP_LEVEL_CLASSES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getName();
            int nested = name.indexOf('$');
            return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
        }

        @Override
        public String getDescription() {
            return "top-level classes";
        }
    };

    static final ArchRule NO_CLASS_CYCLES = slices().assignedFrom(TOP_LEVEL_CLASSES).should().beFreeOfCycles();

    static final ArchRule NO_WEB_LAYER = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..", "org.omnifaces..")
            .because("the connector knows nothing of the web layer");

    static final ArchRule NO_PORTAL = noClasses()
            .should().dependOnClassesThat().resideInAPackage("dev.portico.portal..")
            .because("the portal depends on the connector, never the other way round");

    /** Packages are named after what they are about (ticket, finance...) or the vendor API ({@code rest}). */
    static final ArchRule BY_FEATURE = noClasses()
            .should().resideInAnyPackage("..service..", "..services..", "..controller..", "..controllers..", "..dao..",
                    "..dto..", "..dtos..", "..model..", "..models..", "..entity..", "..entities..", "..util..",
                    "..utils..", "..helper..", "..helpers..", "..impl..", "..bean..", "..beans..", "..common..")
            .because("packages go by feature");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.portico.psa");

    private static final JavaClasses BAD = new ClassFileImporter()
            .importPackages("dev.portico.psa.autotask.architecture.fixture");

    @Test
    void noPackageCycles() {
        NO_PACKAGE_CYCLES.check(MAIN);
    }

    @Test
    void noClassCycles() {
        NO_CLASS_CYCLES.check(MAIN);
    }

    @Test
    void noWebLayerNorPortal() {
        NO_WEB_LAYER.check(MAIN);
        NO_PORTAL.check(MAIN);
    }

    @Test
    void packagesGoByFeature() {
        BY_FEATURE.check(MAIN);
    }

    @Test
    void theRulesCatchTheBadFixtures() {
        assertTrue(NO_PACKAGE_CYCLES.evaluate(BAD).hasViolation(), "package cycle");
        assertTrue(NO_CLASS_CYCLES.evaluate(BAD).hasViolation(), "class cycle");
        assertTrue(BY_FEATURE.evaluate(BAD).hasViolation(), "layer package");
    }

    @Test
    void theMainClassesAreReallyImported() {
        assertTrue(MAIN.contain(AutotaskConnection.class) && MAIN.contain(AtBudget.class));
    }
}
