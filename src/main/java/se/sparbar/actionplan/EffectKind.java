package se.sparbar.actionplan;

/** The financial effect an item is expected to have: none, a one-off amount, or an amount per year. */
public enum EffectKind {
    NONE, ONE_OFF, PER_YEAR
}
