package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.shared.FieldRefusedException;

class RollCallTest {

    private static final Set<Long> SEATED = Set.of(1L, 2L, 3L, 4L, 5L);

    @Test
    void theMajorityWinsAndAbstentionsAreCountedApart() {
        RollCall.Result result = RollCall.count(SEATED, ballots(1, "YES", 2, "YES", 3, "NO", 4, "ABSTAIN"), 1L, null);
        assertThat(result).isEqualTo(new RollCall.Result(2, 1, 1, BallotChoice.YES, false));
    }

    @Test
    void onATieTheChairsOwnVoteDecides() {
        RollCall.Result result = RollCall.count(SEATED, ballots(1, "NO", 2, "YES", 3, "NO", 4, "YES", 5, "ABSTAIN"), 1L, null);
        assertThat(result.winner()).isEqualTo(BallotChoice.NO);
        assertThat(result.castingVote()).isTrue();
        assertThat(result.yes()).isEqualTo(2);
        assertThat(result.no()).isEqualTo(2);
    }

    @Test
    void onATieTheChairMayCastTheDecidingVoteExplicitly() {
        RollCall.Result result = RollCall.count(SEATED, ballots(1, "ABSTAIN", 2, "YES", 3, "NO"), 1L, BallotChoice.YES);
        assertThat(result.winner()).isEqualTo(BallotChoice.YES);
        assertThat(result.castingVote()).isTrue();
    }

    @Test
    void aTieWithoutACastingVoteIsRefused() {
        assertThatThrownBy(() -> RollCall.count(SEATED, ballots(1, "ABSTAIN", 2, "YES", 3, "NO"), 1L, null))
                .isInstanceOf(FieldRefusedException.class).hasMessage("meeting.vote.tieNeedsCasting");
        // a chair who does not vote in the paragraph (recused) has no casting vote
        assertThatThrownBy(() -> RollCall.count(Set.of(2L, 3L), ballots(2, "YES", 3, "NO"), 1L, BallotChoice.YES))
                .isInstanceOf(FieldRefusedException.class).hasMessage("meeting.vote.tieWithoutChair");
    }

    @Test
    void absentAndRecusedMembersCannotVote() {
        // 9 is not among those entitled (absent, or recused in this paragraph)
        assertThatThrownBy(() -> RollCall.count(SEATED, ballots(1, "YES", 9, "NO"), 1L, null))
                .isInstanceOf(FieldRefusedException.class).hasMessage("meeting.vote.notEntitled")
                .extracting(e -> ((FieldRefusedException) e).field()).isEqualTo("ballots");
    }

    @Test
    void noMoreVotesThanMembersPresent() {
        Map<Long, BallotChoice> six = ballots(1, "YES", 2, "YES", 3, "YES", 4, "NO", 5, "NO");
        six.put(6L, BallotChoice.NO);
        assertThatThrownBy(() -> RollCall.count(SEATED, six, 1L, null)).hasMessage("meeting.vote.tooMany");
    }

    @Test
    void aVoteWithoutYesOrNoIsRefused() {
        assertThatThrownBy(() -> RollCall.count(SEATED, ballots(1, "ABSTAIN"), 1L, null)).hasMessage("meeting.vote.empty");
    }

    private static Map<Long, BallotChoice> ballots(Object... pairs) {
        Map<Long, BallotChoice> ballots = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            ballots.put(((Integer) pairs[i]).longValue(), BallotChoice.valueOf((String) pairs[i + 1]));
        }
        return ballots;
    }
}
