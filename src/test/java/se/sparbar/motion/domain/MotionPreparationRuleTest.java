package se.sparbar.motion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.MotionStatus;
import se.sparbar.shared.FieldRefusedException;

/** Preparing while referrals are unanswered needs an explicit choice with a reason: the motion's rule, without Spring. */
class MotionPreparationRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static Motion registered() {
        Motion motion = new Motion(1, 1, null, new MotionDraft("Titel", "Text", List.of("att det utreds"), 2L, Set.of(),
                new MotionDraft.Contact("A", "B", null, null)), NOW);
        motion.submit(NOW, 2026, NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusYears(1));
        motion.register(5, NOW);
        motion.refer(NOW);
        return motion;
    }

    @Test
    void preparingWithUnansweredReferralsIsRefusedWithoutAReason() {
        Motion motion = registered();
        assertThatThrownBy(() -> motion.prepare(NOW, 2, null)).isInstanceOf(FieldRefusedException.class)
                .hasMessage("motion.refused.unansweredReferrals")
                .extracting(e -> ((FieldRefusedException) e).field()).isEqualTo("proceedReason");
        assertThatThrownBy(() -> motion.prepare(NOW, 1, "   ")).hasMessage("motion.refused.unansweredReferrals");
        assertThat(motion.getStatus()).isEqualTo(MotionStatus.REFERRED);
    }

    @Test
    void withAnExplicitReasonItIsPreparedAndTheReasonKept() {
        Motion motion = registered();
        motion.prepare(NOW, 1, "  Fullmäktige har begärt ärendet före årsskiftet.  ");
        assertThat(motion.getStatus()).isEqualTo(MotionStatus.PREPARED);
        assertThat(motion.getPreparedDespiteReferrals()).isEqualTo("Fullmäktige har begärt ärendet före årsskiftet.");
    }

    @Test
    void withEveryReferralAnsweredNoReasonIsAskedOrKept() {
        Motion motion = registered();
        motion.prepare(NOW, 0, "ignored");
        assertThat(motion.getStatus()).isEqualTo(MotionStatus.PREPARED);
        assertThat(motion.getPreparedDespiteReferrals()).isNull();
    }
}
