package jp.tsunagu.placement;

/** A placement runs until it ends with an outcome. */
public enum PlacementState {
    ACTIVE,
    ENDED
}
