package se.sparbar.meeting.domain;

import java.util.Map;
import java.util.Set;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.shared.FieldRefusedException;

/**
 * Counting an open roll-call vote (omröstning). Only members entitled to vote in the paragraph may
 * vote: present members and serving substitutes, less those recused or not taking part. On a tie
 * in an ordinary decision the chair's casting vote (utslagsröst) decides — their own vote unless
 * they say otherwise. Counts are always computed from the ballots, never stored.
 */
public final class RollCall {

    /** The counted vote: the side that won and whether the chair's casting vote decided it. */
    public record Result(int yes, int no, int abstain, BallotChoice winner, boolean castingVote) {
    }

    private RollCall() {
    }

    /**
     * @param entitled      who may vote in this paragraph (person ids)
     * @param ballots       person id → answer, in roll-call order
     * @param chairId       the presiding chair, or null when none is recorded
     * @param castingChoice the chair's casting vote when it differs from their own ballot, or null
     */
    public static Result count(Set<Long> entitled, Map<Long, BallotChoice> ballots, Long chairId, BallotChoice castingChoice) {
        if (ballots.size() > entitled.size()) {
            throw new FieldRefusedException("ballots", "meeting.vote.tooMany", ballots.size(), entitled.size());
        }
        for (Long person : ballots.keySet()) {
            if (!entitled.contains(person)) {
                throw new FieldRefusedException("ballots", "meeting.vote.notEntitled");
            }
        }
        int yes = 0;
        int no = 0;
        int abstain = 0;
        for (BallotChoice choice : ballots.values()) {
            switch (choice) {
                case YES -> yes++;
                case NO -> no++;
                case ABSTAIN -> abstain++;
            }
        }
        if (yes + no == 0) {
            throw new FieldRefusedException("ballots", "meeting.vote.empty");
        }
        if (yes != no) {
            return new Result(yes, no, abstain, yes > no ? BallotChoice.YES : BallotChoice.NO, false);
        }
        if (chairId == null || !entitled.contains(chairId)) {
            throw new FieldRefusedException("castingChoice", "meeting.vote.tieWithoutChair");
        }
        BallotChoice casting = castingChoice != null ? castingChoice : ballots.get(chairId);
        if (casting == null || casting == BallotChoice.ABSTAIN) {
            throw new FieldRefusedException("castingChoice", "meeting.vote.tieNeedsCasting");
        }
        return new Result(yes, no, abstain, casting, true);
    }
}
