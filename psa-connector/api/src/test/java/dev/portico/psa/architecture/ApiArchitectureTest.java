package dev.portico.psa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The neutral API stays neutral: no vendor names, no HTTP, no package cycles. Each rule is checked
 * against the main classes and, to prove it can fail, against the deliberately bad classes in
 * {@code fixture} (test sources only).
 */
class ApiArchitectureTest {

    static final Pattern VENDOR = Pattern.compile("(?i)connectwise|autotask");

    static final ArchRule NAMES_NO_VENDOR = noClasses()
            .should().haveNameMatching("(?i).*(connectwise|autotask).*")
            .because("the API is PSA-neutral: vendor names belong in the adapters (dev.portico.psa.<vendor>)");

    static final ArchRule NO_HTTP = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "javax.ws.rs..",
                    "org.eclipse.microprofile.rest.client..", "java.net.http..")
            .because("talking HTTP to a PSA is an adapter's business, not the API's");

    static final ArchRule NO_FACES = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..", "org.omnifaces..")
            .because("the connector knows nothing of the web layer");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.portico.(**)").should().beFreeOfCycles();

    /** Packages are named after what they are about (ticket, finance...), not after a technical layer. */
    static final ArchRule BY_FEATURE = noClasses()
            .should().resideInAnyPackage("..service..", "..services..", "..controller..", "..controllers..", "..dao..",
                    "..dto..", "..dtos..", "..model..", "..models..", "..entity..", "..entities..", "..util..",
                    "..utils..", "..helper..", "..helpers..", "..impl..", "..bean..", "..beans..", "..common..")
            .because("packages go by feature");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.portico.psa");

    private static final JavaClasses BAD = new ClassFileImporter()
            .importPackages("dev.portico.psa.architecture.fixture");

    @Test
    void noClassOrPackageNamesAVendor() {
        NAMES_NO_VENDOR.check(MAIN);
    }

    @Test
    void noHttpOrRestClient() {
        NO_HTTP.check(MAIN);
    }

    @Test
    void noWebLayer() {
        NO_FACES.check(MAIN);
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
    void noStringLiteralInTheMainSourcesNamesAVendor() throws IOException {
        Path sources = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java");
        assertTrue(Files.isDirectory(sources), "no sources at " + sources.toAbsolutePath());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String literal : JavaStringLiterals.of(Files.readString(file))) {
                    if (VENDOR.matcher(literal).find()) {
                        found.add(sources.relativize(file) + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found, "string literals naming a vendor in the neutral API");
    }

    @Test
    void theRulesCatchTheBadFixtures() {
        assertTrue(NAMES_NO_VENDOR.evaluate(BAD).hasViolation(), "vendor class name");
        assertTrue(NO_HTTP.evaluate(BAD).hasViolation(), "java.net.http and jakarta.ws.rs");
        assertTrue(NO_PACKAGE_CYCLES.evaluate(BAD).hasViolation(), "package cycle");
        assertTrue(BY_FEATURE.evaluate(BAD).hasViolation(), "layer package");
    }

    @Test
    void theSourceScanFindsLiteralsButNotComments() {
        String source = """
                /** Maps a ConnectWise board. */
                class X {
                    // autotask: see the adapter
                    String url = "https://na.myconnectwise.net/v4_6_release"; /* "Autotask" */
                    String escaped = "say \\"AutoTask\\"";
                    char quote = '"';
                    String neutral = "tickets";
                }
                """;
        List<String> vendorLiterals = JavaStringLiterals.of(source).stream().filter(s -> VENDOR.matcher(s).find()).toList();
        assertEquals(List.of("https://na.myconnectwise.net/v4_6_release", "say \\\"AutoTask\\\""), vendorLiterals);
    }
}
