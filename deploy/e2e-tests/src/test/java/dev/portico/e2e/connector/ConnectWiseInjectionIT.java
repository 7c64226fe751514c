package dev.portico.e2e.connector;

/** {@link ConnectorInjectionIT} with the ConnectWise adapter against the sandbox's ConnectWise face. */
class ConnectWiseInjectionIT extends ConnectorInjectionIT {

    @Override
    Adapter.Kind kind() {
        return Adapter.Kind.CONNECTWISE;
    }
}
