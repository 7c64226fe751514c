package dev.portico.e2e.connector;

/** {@link ConnectorFaultsIT} with the Autotask adapter against the sandbox's Autotask face. */
class AutotaskFaultsIT extends ConnectorFaultsIT {

    @Override
    Adapter.Kind kind() {
        return Adapter.Kind.AUTOTASK;
    }
}
