package se.sparbar.actionplan;

/**
 * The financial effect an item is expected to have: none, a one-off amount, an amount per year, or a total to be
 * reached by the budget year (the buffers of seed 001: about 30 MSEK budgeted by the end of the term). A total by a
 * year is a level to reach, not a further amount each year: the plan's totals leave it out and show it by itself.
 */
public enum EffectKind {
    NONE, ONE_OFF, PER_YEAR, TOTAL_BY_YEAR
}
