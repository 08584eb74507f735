package jp.tsunagu.placement;

/** Which way a pacing step goes. */
public enum StepDirection {
    /** More hours or days: attendance was steady. */
    UP,
    /** Fewer hours or days, and a talk: the person was repeatedly absent. */
    DOWN
}
