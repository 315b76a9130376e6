package se.sparbar.meeting.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.Audited;
import se.sparbar.meeting.BallotChoice;

/**
 * One step of the decision procedure (beslutsgång): the chair puts one proposal against another
 * and either finds which the meeting supports, or a roll-call vote decides (ja for the first, nej
 * for the second).
 */
@Entity
@Table(name = "decision_step")
@Audited
class DecisionStep {

    /** How a vote was settled. */
    public enum DecidedBy { MAJORITY, CASTING_VOTE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id", nullable = false, updatable = false)
    private MinutesParagraph paragraph;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "first_proposal_id", nullable = false)
    private long firstProposalId;

    @Column(name = "second_proposal_id", nullable = false)
    private long secondProposalId;

    @Column(name = "winning_proposal_id", nullable = false)
    private long winningProposalId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "decided_by", length = 20)
    private DecidedBy decidedBy;

    @Column(name = "casting_person_id")
    private Long castingPersonId;

    @Column(length = 5000)
    private String finding;

    @OneToMany(mappedBy = "step", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<VoteBallot> ballots = new ArrayList<>();

    protected DecisionStep() {
    }

    /** The chair's finding (proposition), without a vote. */
    DecisionStep(MinutesParagraph paragraph, int ordinal, long first, long second, long winner, String finding) {
        this.paragraph = paragraph;
        this.ordinal = ordinal;
        this.kind = "PROPOSITION";
        this.firstProposalId = first;
        this.secondProposalId = second;
        this.winningProposalId = winner;
        this.finding = finding == null || finding.isBlank() ? null : finding.strip();
    }

    /** A roll-call vote: yes for {@code first}, no for {@code second}. */
    static DecisionStep vote(MinutesParagraph paragraph, int ordinal, long first, long second, Map<Long, BallotChoice> ballots,
                             BallotChoice winner, Long castingPerson, String finding) {
        DecisionStep step = new DecisionStep(paragraph, ordinal, first, second, winner == BallotChoice.YES ? first : second, finding);
        step.kind = "VOTE";
        step.decidedBy = castingPerson == null ? DecidedBy.MAJORITY : DecidedBy.CASTING_VOTE;
        step.castingPersonId = castingPerson;
        int order = 1;
        for (Map.Entry<Long, BallotChoice> ballot : ballots.entrySet()) {
            step.ballots.add(new VoteBallot(step, ballot.getKey(), order++, ballot.getValue()));
        }
        return step;
    }

    public boolean isVote() {
        return "VOTE".equals(kind);
    }

    public long count(BallotChoice choice) {
        return ballots.stream().filter(b -> b.getChoice() == choice).count();
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public long getFirstProposalId() {
        return firstProposalId;
    }

    public long getSecondProposalId() {
        return secondProposalId;
    }

    public long getWinningProposalId() {
        return winningProposalId;
    }

    public DecidedBy getDecidedBy() {
        return decidedBy;
    }

    public Long getCastingPersonId() {
        return castingPersonId;
    }

    public String getFinding() {
        return finding;
    }

    public List<VoteBallot> getBallots() {
        return ballots;
    }
}
