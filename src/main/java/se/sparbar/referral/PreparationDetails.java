package se.sparbar.referral;

import java.time.LocalDate;

/** The executive board's proposal to the council (beredning); {@code version} is {@link #NEW} for the first one. */
public record PreparationDetails(long preparingBodyId, LocalDate preparedOn, String proposedOutcome, String proposalText,
                                 long version) {

    public static final long NEW = -1;
}
