package dev.portico.psa;

import java.util.List;

/** The signed-in user's permissions do not allow this read or change; nothing was sent to the PSA. */
public class PsaNotPermittedException extends PsaRejectedException {

    public PsaNotPermittedException(Permission missing) {
        super("Not permitted: " + missing, List.of());
    }
}
