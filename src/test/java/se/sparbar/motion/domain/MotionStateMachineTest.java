package se.sparbar.motion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.sparbar.motion.CosignerStatus;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.MotionStatus;
import se.sparbar.motion.Outcome;
import se.sparbar.shared.RefusedException;

/** Every transition of the motion's state machine, legal and illegal. */
class MotionStateMachineTest {

    private static final Instant NOW = Instant.parse("2025-03-21T08:02:00Z");
    private static final long FILER_ACCOUNT = 10;
    private static final long FILER = 100;
    private static final long COSIGNER = 200;

    /** The actions, each applied to a motion in some state. */
    private static final Map<String, Consumer<Motion>> ACTIONS = Map.of(
            "edit", m -> m.edit(draft(Set.of()), NOW),
            "submit", m -> m.submit(NOW, 2025, LocalDate.of(2026, 3, 21)),
            "register", m -> m.register(1L, NOW),
            "refer", m -> m.refer(NOW),
            "prepare", m -> m.prepare(NOW, 0, null),
            "decide", m -> m.decide(Outcome.APPROVED, LocalDate.of(2025, 6, 1), NOW),
            "sendBack", m -> m.sendBack(NOW),
            "writeOff", m -> m.writeOff(LocalDate.of(2026, 4, 1), NOW),
            "withdraw", m -> m.withdraw(NOW));

    /** Which actions each state allows (everything else must be refused). */
    private static final Map<MotionStatus, Set<String>> LEGAL = Map.ofEntries(
            Map.entry(MotionStatus.DRAFT, Set.of("edit", "submit", "withdraw")),
            Map.entry(MotionStatus.SUBMITTED, Set.of("register", "withdraw")),
            Map.entry(MotionStatus.REGISTERED, Set.of("refer", "prepare", "writeOff", "withdraw")),
            Map.entry(MotionStatus.REFERRED, Set.of("refer", "prepare", "writeOff", "withdraw")),
            Map.entry(MotionStatus.PREPARED, Set.of("decide", "sendBack", "writeOff", "withdraw")),
            Map.entry(MotionStatus.SENT_BACK, Set.of("refer", "prepare", "writeOff", "withdraw")),
            Map.entry(MotionStatus.DECIDED_APPROVED, Set.of()),
            Map.entry(MotionStatus.DECIDED_PARTLY_APPROVED, Set.of()),
            Map.entry(MotionStatus.DECIDED_REJECTED, Set.of()),
            Map.entry(MotionStatus.DECIDED_ANSWERED, Set.of()),
            Map.entry(MotionStatus.WITHDRAWN, Set.of()),
            Map.entry(MotionStatus.WRITTEN_OFF, Set.of()));

    @ParameterizedTest
    @EnumSource(MotionStatus.class)
    void eachStateAllowsExactlyItsTransitions(MotionStatus state) {
        for (var action : ACTIONS.entrySet()) {
            Motion motion = motionIn(state);
            if (LEGAL.get(state).contains(action.getKey())) {
                action.getValue().accept(motion);
            } else {
                assertThatThrownBy(() -> action.getValue().accept(motion))
                        .as("%s in %s", action.getKey(), state)
                        .isInstanceOf(RefusedException.class);
                assertThat(motion.getStatus()).as("unchanged after refused %s", action.getKey()).isEqualTo(state);
            }
        }
    }

    @Test
    void theHappyPathEndsInTheCouncilsDecision() {
        Motion motion = draftMotion(Set.of());
        motion.submit(NOW, 2025, LocalDate.of(2026, 3, 21));
        assertThat(motion.getStatus()).isEqualTo(MotionStatus.SUBMITTED);
        assertThat(motion.getDeadlineOn()).isEqualTo(LocalDate.of(2026, 3, 21));
        motion.register(7L, NOW);
        assertThat(motion.getCaseId()).isEqualTo(7L);
        motion.refer(NOW);
        motion.prepare(NOW, 0, null);
        motion.sendBack(NOW);
        assertThat(motion.getStatus()).isEqualTo(MotionStatus.SENT_BACK);
        motion.prepare(NOW, 0, null);
        motion.decide(Outcome.PARTLY_APPROVED, LocalDate.of(2025, 12, 1), NOW);
        assertThat(motion.getStatus()).isEqualTo(MotionStatus.DECIDED_PARTLY_APPROVED);
        assertThat(motion.getDecidedOn()).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void eachOutcomeHasItsOwnDecidedState() {
        for (Outcome outcome : Outcome.values()) {
            Motion motion = motionIn(MotionStatus.PREPARED);
            motion.decide(outcome, LocalDate.of(2025, 12, 1), NOW);
            assertThat(motion.getStatus()).isEqualTo(outcome.decidedStatus());
            assertThat(motion.getStatus().isDecided()).isTrue();
        }
    }

    @Test
    void unansweredInvitationsLapseAtSubmission() {
        Motion motion = draftMotion(Set.of(COSIGNER, 300L));
        motion.answerInvitation(COSIGNER, true, NOW);
        motion.submit(NOW, 2025, LocalDate.of(2026, 3, 21));
        assertThat(motion.cosigner(COSIGNER).orElseThrow().getStatus()).isEqualTo(CosignerStatus.CONFIRMED);
        assertThat(motion.cosigner(300L).orElseThrow().getStatus()).isEqualTo(CosignerStatus.LAPSED);
        assertThatThrownBy(() -> motion.answerInvitation(300L, true, NOW)).isInstanceOf(RefusedException.class)
                .hasMessage("motion.refused.invitationClosed");
    }

    @Test
    void onlyTheInvitedAnswerAndOnlyOnce() {
        Motion motion = draftMotion(Set.of(COSIGNER));
        assertThatThrownBy(() -> motion.answerInvitation(999L, true, NOW)).isInstanceOf(RefusedException.class);
        motion.answerInvitation(COSIGNER, false, NOW);
        assertThatThrownBy(() -> motion.answerInvitation(COSIGNER, true, NOW)).isInstanceOf(RefusedException.class);
        assertThat(motion.cosigner(COSIGNER).orElseThrow().getStatus()).isEqualTo(CosignerStatus.DECLINED);
    }

    @Test
    void theFilerCannotInviteThemselvesAndEditingKeepsAnswers() {
        Motion motion = draftMotion(Set.of(FILER, COSIGNER));
        assertThat(motion.getCosigners()).extracting(c -> c.getPersonId()).containsExactly(COSIGNER);
        motion.answerInvitation(COSIGNER, true, NOW);
        motion.edit(draft(Set.of(COSIGNER, 300L)), NOW);
        assertThat(motion.cosigner(COSIGNER).orElseThrow().getStatus()).isEqualTo(CosignerStatus.CONFIRMED);
        motion.edit(draft(Set.of()), NOW);
        assertThat(motion.getCosigners()).isEmpty();
    }

    @Test
    void aMotionWithoutProposalsCannotBeSubmitted() {
        Motion motion = new Motion(FILER_ACCOUNT, FILER, null, new MotionDraft("Rubrik", "Text", List.of(" ", ""), 1L, Set.of(),
                new MotionDraft.Contact("Frida", "Sigfrids", null, null)), NOW);
        assertThatThrownBy(() -> motion.submit(NOW, 2025, LocalDate.of(2026, 3, 21))).isInstanceOf(RefusedException.class)
                .hasMessage("motion.refused.noProposal");
        assertThat(motion.getStatus()).isEqualTo(MotionStatus.DRAFT);
    }

    @Test
    void aMotionIsPastItsDeadlineFromFilingUntilItIsDecidedWithdrawnOrWrittenOff() {
        LocalDate deadline = LocalDate.of(2026, 3, 21);
        LocalDate after = deadline.plusDays(1);
        assertThat(MotionStatus.SUBMITTED.isPastDeadline(deadline, after)).as("filed but not registered").isTrue();
        assertThat(MotionStatus.REFERRED.isPastDeadline(deadline, after)).isTrue();
        assertThat(MotionStatus.REFERRED.isPastDeadline(deadline, deadline)).as("the last day is still in time").isFalse();
        assertThat(MotionStatus.DECIDED_APPROVED.isPastDeadline(deadline, after)).isFalse();
        assertThat(MotionStatus.WITHDRAWN.isPastDeadline(deadline, after)).isFalse();
        assertThat(MotionStatus.WRITTEN_OFF.isPastDeadline(deadline, after)).isFalse();
        assertThat(MotionStatus.DRAFT.isPastDeadline(null, after)).isFalse();
    }

    @Test
    void theClockRunsOnlyForRegisteredUndecidedMotions() {
        assertThat(MotionStatus.IN_PREPARATION).isEqualTo(EnumSet.of(MotionStatus.REGISTERED, MotionStatus.REFERRED,
                MotionStatus.PREPARED, MotionStatus.SENT_BACK));
    }

    /** A motion brought into {@code state} by legal transitions only. */
    static Motion motionIn(MotionStatus state) {
        Motion motion = draftMotion(Set.of());
        switch (state) {
            case DRAFT -> { }
            case SUBMITTED -> submit(motion);
            case REGISTERED -> register(motion);
            case REFERRED -> { register(motion); motion.refer(NOW); }
            case PREPARED -> { register(motion); motion.prepare(NOW, 0, null); }
            case SENT_BACK -> { register(motion); motion.prepare(NOW, 0, null); motion.sendBack(NOW); }
            case WITHDRAWN -> motion.withdraw(NOW);
            case WRITTEN_OFF -> { register(motion); motion.writeOff(LocalDate.of(2026, 4, 1), NOW); }
            default -> {
                register(motion);
                motion.prepare(NOW, 0, null);
                Outcome outcome = switch (state) {
                    case DECIDED_APPROVED -> Outcome.APPROVED;
                    case DECIDED_PARTLY_APPROVED -> Outcome.PARTLY_APPROVED;
                    case DECIDED_REJECTED -> Outcome.REJECTED;
                    default -> Outcome.ANSWERED;
                };
                motion.decide(outcome, LocalDate.of(2025, 12, 1), NOW);
            }
        }
        assertThat(motion.getStatus()).isEqualTo(state);
        return motion;
    }

    private static void submit(Motion motion) {
        motion.submit(NOW, 2025, LocalDate.of(2026, 3, 21));
    }

    private static void register(Motion motion) {
        submit(motion);
        motion.register(1L, NOW);
    }

    private static Motion draftMotion(Set<Long> cosigners) {
        return new Motion(FILER_ACCOUNT, FILER, 5L, draft(cosigners), NOW);
    }

    private static MotionDraft draft(Set<Long> cosigners) {
        return new MotionDraft("Borgå bör utreda ibruktagandet av Alliansmodellen", "Det är klart att Borgå ekonomi försvagas.",
                List.of("att Borgå utreder möjligheten att ta i bruk Alliansmodellen"), 1L, cosigners,
                new MotionDraft.Contact("Frida", "Sigfrids", "040 591 0874", "frida@example.org"));
    }
}
