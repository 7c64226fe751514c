package dev.portico.psa.connectwise;

import dev.portico.psa.spi.PsaAdapter;

/** Registers the ConnectWise adapter as the PSA of {@code psa.kind=connectwise}. */
public final class ConnectWiseAdapter implements PsaAdapter {

    public static final String KIND = "connectwise";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String rootPackage() {
        return ConnectWiseAdapter.class.getPackageName();
    }
}
