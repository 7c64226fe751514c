package dev.portico.portal.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the Arquillian tests: the WAR Maven just built, deployed on Payara Micro, talking to a
 * WireMock ConnectWise in the test JVM. Each subclass boots its own Payara, so keep them few.
 */
@ExtendWith(ArquillianExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortalIT {

    /** Started here because @Deployment runs before any JUnit callback. */
    static final ConnectWiseStub PSA = new ConnectWiseStub().start();

    static final String BRAND = "Northwind Managed IT";
    static final String PRIMARY = "#0a7d5a";
    static final String PHONE = "+1 555 0100";

    @ArquillianResource
    URL deploymentUrl;

    static WebArchive portalWar() {
        return portalWar(new String[0]);
    }

    /** The WAR with more {@code key=value} lines of configuration. */
    static WebArchive portalWar(String... extraConfig) {
        // config_ordinal above 100 so this beats the connector's defaults
        String config = String.join("\n",
                "config_ordinal=500",
                // the WAR holds both adapters; these ITs stand WireMock in for ConnectWise
                "psa.kind=connectwise",
                "psa.connectwise.url=" + PSA.apiUrl(),
                // the connector ships no credentials; the stub accepts any
                "psa.connectwise.company-id=portico_it",
                "psa.connectwise.public-key=it-public-key",
                "psa.connectwise.private-key=it-private-key",
                "psa.connectwise.client-id=00000000-0000-4000-8000-000000000001",
                "psa.circuit.failure-threshold=1000",
                "portal.brand.name=" + BRAND,
                "portal.brand.primary-color=" + PRIMARY,
                "portal.brand.helpdesk-phone=" + PHONE,
                "portal.brand.helpdesk-hours=Monday to Friday, 8:00 to 18:00",
                // every test logs in from 127.0.0.1; the per-address limit is covered by LoginThrottleTest
                "portal.security.throttle.address-max-failures=1000",
                String.join("\n", extraConfig),
                "");
        return ShrinkWrap.create(ZipImporter.class, "portal-web.war")
                .importFrom(new File(System.getProperty("war.file")))
                .as(WebArchive.class)
                .addAsWebInfResource(new StringAsset(config), "classes/META-INF/microprofile-config.properties");
    }

    @BeforeEach
    void resetPsa() {
        PSA.reset();
    }

    /** The portal's root on 127.0.0.1: Payara reports its external address, but listens on loopback only. */
    URI portal() {
        return URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + deploymentUrl.getPath());
    }

    URI server() {
        return URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/");
    }

    PortalClient newClient() {
        return new PortalClient(portal());
    }
}
