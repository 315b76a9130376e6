package se.sparbar.referral;

import java.time.LocalDate;
import java.util.List;

/**
 * A body's statement as seed 002 has it. {@code version} is the version the clerk edited, or
 * {@link #NEW} when they wrote the first statement: then another clerk's first save wins and theirs is refused.
 */
public record StatementDetails(String summary, String fullText, String bodyDecisionText, LocalDate decidedOn,
                               String distribution, List<Signatory> signatories, List<BasisItem> basis, long version) {

    public static final long NEW = -1;

    public record Signatory(String name, String title) {
    }

    /** A numbered decision-basis document; {@code fileId} is its file (one of the case's attached files), if any. */
    public record BasisItem(String title, Long fileId) {
    }
}
