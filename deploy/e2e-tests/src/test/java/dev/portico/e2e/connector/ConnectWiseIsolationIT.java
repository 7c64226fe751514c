package dev.portico.e2e.connector;

/** {@link ConnectorIsolationIT} with the ConnectWise adapter against the sandbox's ConnectWise face. */
class ConnectWiseIsolationIT extends ConnectorIsolationIT {

    @Override
    Adapter.Kind kind() {
        return Adapter.Kind.CONNECTWISE;
    }
}
