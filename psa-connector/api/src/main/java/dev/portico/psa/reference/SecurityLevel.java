package dev.portico.psa.reference;

import java.io.Serializable;

/** A PSA portal security level (ConnectWise: 1..6) with its caption. */
public record SecurityLevel(int level, String caption) implements Serializable {
}
