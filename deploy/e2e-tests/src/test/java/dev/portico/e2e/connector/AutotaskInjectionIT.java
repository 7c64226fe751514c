package dev.portico.e2e.connector;

/** {@link ConnectorInjectionIT} with the Autotask adapter against the sandbox's Autotask face. */
class AutotaskInjectionIT extends ConnectorInjectionIT {

    @Override
    Adapter.Kind kind() {
        return Adapter.Kind.AUTOTASK;
    }
}
