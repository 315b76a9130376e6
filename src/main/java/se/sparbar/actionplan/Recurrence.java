package se.sparbar.actionplan;

/** How often an item falls due again ("årligen från och med år 2024"). */
public enum Recurrence {
    NONE(0), YEARLY(12), TWICE_A_YEAR(6);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
