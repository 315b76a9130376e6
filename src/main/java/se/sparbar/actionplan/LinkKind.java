package se.sparbar.actionplan;

/** How an item relates to a case or paragraph: the paragraph fulfils it, the case carries it out, or related. */
public enum LinkKind {
    FULFILS, CARRIES_OUT, RELATES_TO
}
