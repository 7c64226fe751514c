package dev.portico.psa.connectwise.rest;

/** {@code Board} (service board), {@code BoardType}, {@code BoardSubType} or {@code BoardItem}: id, name, board. */
public record CwBoard(Long id, String name, Boolean inactiveFlag, CwRef board) {
}
