package se.sparbar.referral;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Sends cases for statements, records the statements and the preparation, and answers what is pending. */
public interface Referrals {

    /** Sends the case to each body; refused if one of them already has it pending. */
    List<Long> send(long caseId, Collection<Long> bodyIds, LocalDate sentOn, LocalDate dueOn, long sentBy);

    /**
     * Records a body's statement, or changes it. A change is made from the version the clerk saw:
     * when someone else saved in between, it is refused and nothing is overwritten.
     */
    long recordStatement(long referralId, StatementDetails details, long recordedBy);

    /**
     * Records the statement on the case's referral with its basis files: {@code files} lines up with
     * the basis items (null where an item keeps its file or has none). The files are stored
     * in the same transaction, so a refusal stores none of them.
     */
    long recordStatement(long caseId, long referralId, StatementDetails details, java.util.List<BasisFile> files, long recordedBy);

    /** Records the executive board's proposal on a case, or revises it. */
    long prepare(long caseId, PreparationDetails details, long recordedBy);

    List<ReferralView> forCase(long caseId);

    Optional<ReferralView> referral(long referralId);

    Optional<PreparationView> preparationOf(long caseId);

    /** Pending referrals past their due date, oldest first. */
    List<ReferralView> overdue(int limit);
}
