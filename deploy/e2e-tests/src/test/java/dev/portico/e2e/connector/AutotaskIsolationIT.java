package dev.portico.e2e.connector;

/** {@link ConnectorIsolationIT} with the Autotask adapter against the sandbox's Autotask face. */
class AutotaskIsolationIT extends ConnectorIsolationIT {

    @Override
    Adapter.Kind kind() {
        return Adapter.Kind.AUTOTASK;
    }
}
