package dev.portico.e2e.connector;

/** {@link ConnectorFaultsIT} with the ConnectWise adapter against the sandbox's ConnectWise face. */
class ConnectWiseFaultsIT extends ConnectorFaultsIT {

    @Override
    Adapter.Kind kind() {
        return Adapter.Kind.CONNECTWISE;
    }
}
