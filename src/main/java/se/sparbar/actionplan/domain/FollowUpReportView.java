package se.sparbar.actionplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.sparbar.actionplan.ActionPlanQueries;
import se.sparbar.actionplan.EffectKind;
import se.sparbar.actionplan.ItemStatus;

/**
 * The follow-up report for a plan and a round, as of the round's last day (or today, while the
 * round is open): every item with its status and latest report, money planned vs realised per item
 * and in total (cancelled items are listed but not summed), overdue items, missing reports, and the
 * geometry of the two charts, which the page draws as SVG and the PDF as bars.
 */
public record FollowUpReportView(ActionPlanQueries.PlanView plan, FollowUp.Round round, LocalDate asOf, List<Line> lines,
                                 FollowUp.Registration registration) {

    /** One item in the report. {@code realised} is the latest realised amount reported by {@code asOf}. */
    public record Line(long itemId, int ordinal, String title, String responsibleText, ItemStatus status, LocalDate nextDueOn,
                       boolean overdue, EffectKind effectKind, BigDecimal planned, Integer budgetYear, BigDecimal realised,
                       LocalDate reportedOn, ItemStatus reportStatus, String reportText, boolean expected, boolean answered) {

        public boolean counted() {
            return status != ItemStatus.CANCELLED;
        }

        /** Counted into the plan's totals: not cancelled, and an amount that adds up (not a total to reach by a year). */
        public boolean summed() {
            return counted() && effectKind != EffectKind.TOTAL_BY_YEAR;
        }

        /** A total to reach by the budget year, shown beside the totals and not in them. */
        public boolean target() {
            return counted() && effectKind == EffectKind.TOTAL_BY_YEAR && planned != null;
        }

        public boolean missing() {
            return expected && !answered;
        }

        public boolean hasMoney() {
            return planned != null || realised != null;
        }
    }

    /** A bar of a chart: where it starts, how long it is (in the SVG's units), and its value. */
    public record Bar(String key, String label, long value, int y, int width) {
    }

    public static final int CHART_WIDTH = 400;

    public Map<ItemStatus, Integer> counts() {
        Map<ItemStatus, Integer> counts = new EnumMap<>(ItemStatus.class);
        for (ItemStatus s : ItemStatus.values()) {
            counts.put(s, 0);
        }
        lines.forEach(l -> counts.merge(l.status(), 1, Integer::sum));
        return counts;
    }

    public BigDecimal plannedTotal() {
        return lines.stream().filter(Line::summed).map(Line::planned).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal realisedTotal() {
        return lines.stream().filter(Line::summed).map(Line::realised).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Totals to reach by a budget year (not part of the planned and realised totals). */
    public List<Line> targets() {
        return lines.stream().filter(Line::target).toList();
    }

    public List<Line> overdue() {
        return lines.stream().filter(Line::overdue).toList();
    }

    public List<Line> missing() {
        return lines.stream().filter(Line::missing).toList();
    }

    public List<Line> withMoney() {
        return lines.stream().filter(Line::hasMoney).toList();
    }

    /** Status distribution: one bar per status, 28 units apart. */
    public List<Bar> statusBars() {
        Map<ItemStatus, Integer> counts = counts();
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (ItemStatus s : ItemStatus.values()) {
            bars.add(new Bar(s.name(), s.name(), counts.get(s), y, (int) Math.round(CHART_WIDTH * (double) counts.get(s) / max)));
            y += 28;
        }
        return bars;
    }

    public int statusChartHeight() {
        return ItemStatus.values().length * 28;
    }

    /** Money: one group per item with money, planned above realised, 56 units apart, widths in whole kronor's scale. */
    public List<MoneyBar> moneyBars() {
        List<Line> money = withMoney();
        BigDecimal max = money.stream().flatMap(l -> java.util.stream.Stream.of(l.planned(), l.realised()))
                .filter(java.util.Objects::nonNull).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() == 0) {
            max = BigDecimal.ONE;
        }
        List<MoneyBar> bars = new ArrayList<>();
        int y = 0;
        for (Line l : money) {
            bars.add(new MoneyBar(l.ordinal() + ". " + l.title(), amount(l.planned()), amount(l.realised()),
                    width(l.planned(), max), width(l.realised(), max), y));
            y += 56;
        }
        return bars;
    }

    /** An item's money as two bars. */
    public record MoneyBar(String label, long planned, long realised, int plannedWidth, int realisedWidth, int y) {
    }

    public int moneyChartHeight() {
        return Math.max(56, withMoney().size() * 56);
    }

    private static long amount(BigDecimal amount) {
        return amount == null ? 0 : amount.setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    }

    private static int width(BigDecimal amount, BigDecimal max) {
        return amount == null ? 0 : amount.multiply(BigDecimal.valueOf(CHART_WIDTH)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
