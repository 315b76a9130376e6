package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.CaseDecided;
import se.sparbar.meeting.NonParticipationKind;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;
import se.sparbar.shared.FieldRefusedException;
import se.sparbar.shared.RefusedException;

/**
 * The rules of a minutes paragraph, on the aggregate alone: no Spring, no database. Members 1–5 are
 * seated (1 chairs), 6 is a substitute present but not serving, 9 is absent.
 */
class MinutesParagraphRulesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Instant STARTS = LocalDate.of(2026, 11, 30).atTime(18, 0).atZone(ZONE).toInstant();
    private static final Clock DURING = Clock.fixed(STARTS.plusSeconds(3600), ZONE);
    private static final Participants AT = new Participants(Set.of(1L, 2L, 3L, 4L, 5L, 6L), new java.util.LinkedHashSet<>(List.of(1L, 2L, 3L, 4L, 5L)), 1L);

    private final MinutesParagraph paragraph = new MinutesParagraph(10, 20, 2026, 149, null, 77L, "Ny styrmodell");

    private long prepared() {
        paragraph.addPreparedProposal("Kommunstyrelsens förslag", "Styrmodellen antas.");
        return Ids.assign(paragraph).getProposals().get(paragraph.getProposals().size() - 1).getId();
    }

    private long moved(long mover, Set<Long> supporters) {
        paragraph.addProposal(AT, mover, ProposalKind.REJECT, Preference.ONLY, "Avslag", "Att förslaget avslås.", supporters);
        return Ids.assign(paragraph).getProposals().get(paragraph.getProposals().size() - 1).getId();
    }

    private static Map<Long, BallotChoice> ballots(Object... personAndChoice) {
        Map<Long, BallotChoice> ballots = new LinkedHashMap<>();
        for (int i = 0; i < personAndChoice.length; i += 2) {
            ballots.put(((Number) personAndChoice[i]).longValue(), BallotChoice.valueOf((String) personAndChoice[i + 1]));
        }
        return ballots;
    }

    private static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(FieldRefusedException.class).hasMessage(key)
                .extracting(e -> ((FieldRefusedException) e).field()).isEqualTo(field);
    }

    // --- recusal (jäv) -----------------------------------------------------------------------

    @Test
    void aRecusedMemberCannotMoveAProposal() {
        paragraph.addNonParticipation(AT, 3, NonParticipationKind.CONFLICT_OF_INTEREST);
        refused(() -> moved(3, Set.of()), "moverId", "meeting.proposal.notParticipating");
        assertThat(paragraph.getProposals()).isEmpty();
    }

    @Test
    void aRecusedMemberCannotSupportAProposal() {
        long board = prepared();
        paragraph.addNonParticipation(AT, 4, NonParticipationKind.CONFLICT_OF_INTEREST);
        refused(() -> paragraph.support(AT, board, Set.of(2L, 4L)), "supporters", "meeting.proposal.notParticipating");
        refused(() -> moved(2, Set.of(4L)), "supporters", "meeting.proposal.notParticipating");
        assertThat(paragraph.getProposals().get(0).getSupporters()).isEmpty();
    }

    @Test
    void aRecusedMemberCannotVoteAndIsNotCounted() {
        long board = prepared();
        long reject = moved(2, Set.of());
        paragraph.addNonParticipation(AT, 5, NonParticipationKind.NOT_IN_DECISION);
        assertThat(paragraph.entitled(AT)).containsExactly(1L, 2L, 3L, 4L);
        refused(() -> paragraph.addVote(AT, board, reject, ballots(1, "YES", 2, "NO", 5, "NO"), null, null), "ballots",
                "meeting.vote.notEntitled");
        // four entitled: five ballots are too many even without the recused member's name
        assertThat(paragraph.getSteps()).isEmpty();
    }

    @Test
    void aRecusedMemberCannotReserve() {
        prepared();
        paragraph.addNonParticipation(AT, 3, NonParticipationKind.CONFLICT_OF_INTEREST);
        refused(() -> paragraph.addReservation(AT, 3, null, null, STARTS), "personId", "meeting.reservation.notParticipating");
    }

    @Test
    void recusalOfAMemberWhoHasActedIsRefusedUntilTheActsAreRemoved() {
        long board = prepared();
        long reject = moved(2, Set.of(3L));
        paragraph.support(AT, board, Set.of(4L));
        refused(() -> paragraph.addNonParticipation(AT, 2, NonParticipationKind.CONFLICT_OF_INTEREST), "personId",
                "meeting.nonParticipation.hasMoved");
        refused(() -> paragraph.addNonParticipation(AT, 3, NonParticipationKind.CONFLICT_OF_INTEREST), "personId",
                "meeting.nonParticipation.hasSupported");
        refused(() -> paragraph.addNonParticipation(AT, 4, NonParticipationKind.CONFLICT_OF_INTEREST), "personId",
                "meeting.nonParticipation.hasSupported");
        paragraph.addVote(AT, board, reject, ballots(1, "YES", 4, "YES", 5, "NO"), null, null);
        refused(() -> paragraph.addNonParticipation(AT, 5, NonParticipationKind.NOT_IN_DECISION), "personId",
                "meeting.nonParticipation.hasVoted");
        Ids.assign(paragraph);
        paragraph.removeLastStep();
        paragraph.removeProposal(reject);
        paragraph.addNonParticipation(AT, 2, NonParticipationKind.CONFLICT_OF_INTEREST); // the act removed: now accepted
        paragraph.addNonParticipation(AT, 5, NonParticipationKind.NOT_IN_DECISION);
        assertThat(paragraph.excludedFromDecision()).containsExactlyInAnyOrder(2L, 5L);
    }

    @Test
    void aMemberWhoHasReservedIsNotRecordedAsRecusedUntilTheReservationIsWithdrawn() {
        prepared();
        paragraph.addReservation(AT, 3, null, "Skäl.", STARTS);
        long reservation = Ids.assign(paragraph).getReservations().get(0).getId();
        refused(() -> paragraph.addNonParticipation(AT, 3, NonParticipationKind.CONFLICT_OF_INTEREST), "personId",
                "meeting.nonParticipation.hasReserved");
        paragraph.withdrawReservation(reservation);
        paragraph.addNonParticipation(AT, 3, NonParticipationKind.CONFLICT_OF_INTEREST);
        assertThat(paragraph.getReservations()).isEmpty();
    }

    @Test
    void onlySeatedMembersCanBeRecordedAsTakingNoPart() {
        refused(() -> paragraph.addNonParticipation(AT, 6, NonParticipationKind.CONFLICT_OF_INTEREST), "personId",
                "meeting.nonParticipation.notSeated");
        paragraph.addNonParticipation(AT, 2, NonParticipationKind.CONFLICT_OF_INTEREST);
        refused(() -> paragraph.addNonParticipation(AT, 2, NonParticipationKind.NOT_IN_DECISION), "personId",
                "meeting.nonParticipation.already");
    }

    // --- proposals ---------------------------------------------------------------------------

    @Test
    void proposalsComeFromMembersPresentAndASecondHandOneNeedsTheFirst() {
        refused(() -> moved(9, Set.of()), "moverId", "meeting.person.notPresent");
        refused(() -> moved(2, Set.of(9L)), "supporters", "meeting.person.notPresent");
        refused(() -> paragraph.addProposal(AT, null, ProposalKind.APPROVE, Preference.ONLY, "X", "Y", Set.of()), "moverId",
                "meeting.proposal.moverRequired");
        refused(() -> paragraph.addProposal(AT, 2L, ProposalKind.APPROVE, Preference.SECOND_HAND, "X", "Y", Set.of()), "preference",
                "meeting.proposal.secondHandNeedsFirst");
        paragraph.addProposal(AT, 2L, ProposalKind.AMEND, Preference.FIRST_HAND, "Ändring", "Z", Set.of(6L));
        paragraph.addProposal(AT, 2L, ProposalKind.APPROVE, Preference.SECOND_HAND, "Bifall", "Y", Set.of());
        assertThat(paragraph.getProposals()).hasSize(2);
    }

    // --- the vote: entitled, winner, casting vote -------------------------------------------

    @Test
    void theParagraphCountsTheVoteAndRecordsTheWinnerItself() {
        long board = prepared();
        long reject = moved(2, Set.of());
        RollCall.Result result = paragraph.addVote(AT, board, reject, ballots(1, "YES", 2, "NO", 3, "NO", 4, "NO", 5, "ABSTAIN"),
                null, null);
        assertThat(result).isEqualTo(new RollCall.Result(1, 3, 1, BallotChoice.NO, false));
        DecisionStep step = paragraph.getSteps().get(0);
        assertThat(step.getWinningProposalId()).isEqualTo(reject);
        assertThat(step.getDecidedBy()).isEqualTo(DecisionStep.DecidedBy.MAJORITY);
        assertThat(step.getCastingPersonId()).isNull();
        assertThat(paragraph.winningProposalId()).contains(reject);
    }

    @Test
    void onATieTheChairsCastingVoteDecidesAndIsRecordedAsTheChairs() {
        long board = prepared();
        long reject = moved(2, Set.of());
        RollCall.Result own = paragraph.addVote(AT, board, reject, ballots(1, "YES", 2, "NO", 3, "NO", 4, "YES"), null, null);
        assertThat(own.winner()).isEqualTo(BallotChoice.YES);
        assertThat(paragraph.getSteps().get(0).getWinningProposalId()).isEqualTo(board);
        assertThat(paragraph.getSteps().get(0).getCastingPersonId()).isEqualTo(1L);
        assertThat(paragraph.getSteps().get(0).getDecidedBy()).isEqualTo(DecisionStep.DecidedBy.CASTING_VOTE);
        paragraph.removeLastStep();
        RollCall.Result stated = paragraph.addVote(AT, board, reject, ballots(1, "ABSTAIN", 2, "NO", 3, "YES"), BallotChoice.NO, null);
        assertThat(stated.winner()).isEqualTo(BallotChoice.NO);
        assertThat(paragraph.getSteps().get(0).getWinningProposalId()).isEqualTo(reject);
    }

    @Test
    void aRecusedChairHasNoCastingVote() {
        long board = prepared();
        long reject = moved(2, Set.of());
        paragraph.addNonParticipation(AT, 1, NonParticipationKind.CONFLICT_OF_INTEREST);
        refused(() -> paragraph.addVote(AT, board, reject, ballots(2, "NO", 3, "YES"), BallotChoice.YES, null), "castingChoice",
                "meeting.vote.tieWithoutChair");
    }

    @Test
    void votesOnlyBetweenTwoDifferentProposalsOfTheParagraph() {
        long board = prepared();
        refused(() -> paragraph.addVote(AT, board, board, ballots(1, "YES"), null, null), "second", "meeting.step.sameProposal");
        refused(() -> paragraph.addVote(AT, board, 424242, ballots(1, "YES"), null, null), "first", "meeting.step.unknownProposal");
    }

    // --- reservations ------------------------------------------------------------------------

    @Test
    void aMemberWhoVotedForTheWinningProposalCannotReserveAgainstIt() {
        long board = prepared();
        long reject = moved(2, Set.of());
        paragraph.addVote(AT, board, reject, ballots(1, "YES", 2, "NO", 3, "YES", 4, "ABSTAIN"), null, null);
        refused(() -> paragraph.addReservation(AT, 3, null, null, STARTS), "personId", "meeting.reservation.votedForWinner");
        refused(() -> paragraph.addReservation(AT, 1, null, null, STARTS), "personId", "meeting.reservation.votedForWinner");
        paragraph.addReservation(AT, 2, null, null, STARTS); // voted against
        paragraph.addReservation(AT, 4, null, null, STARTS); // abstained
        assertThat(paragraph.getReservations()).extracting(Reservation::getPersonId).containsExactly(2L, 4L);
    }

    @Test
    void aReservationComesFromSomeonePresentOnceAndCanBeCorrectedOrWithdrawn() {
        prepared();
        refused(() -> paragraph.addReservation(AT, 9, null, null, STARTS), "personId", "meeting.person.notPresent");
        paragraph.addReservation(AT, 2, 7L, null, STARTS);
        refused(() -> paragraph.addReservation(AT, 2, null, null, STARTS), "personId", "meeting.reservation.already");
        long id = Ids.assign(paragraph).getReservations().get(0).getId();
        paragraph.writeReservationReasons(id, "  Skriftliga skäl.  ", STARTS.plusSeconds(60));
        assertThat(paragraph.getReservations().get(0).getWrittenText()).isEqualTo("Skriftliga skäl.");
        paragraph.writeReservationReasons(id, "Rättade skäl.", STARTS.plusSeconds(120));
        assertThat(paragraph.getReservations().get(0).getWrittenText()).isEqualTo("Rättade skäl.");
        assertThat(paragraph.getReservations().get(0).getWrittenReceivedAt()).isEqualTo(STARTS.plusSeconds(120));
        paragraph.withdrawReservation(id);
        assertThat(paragraph.getReservations()).isEmpty();
        assertThatThrownBy(() -> paragraph.withdrawReservation(id)).isInstanceOf(RefusedException.class)
                .hasMessage("meeting.reservation.unknown");
    }

    // --- time --------------------------------------------------------------------------------

    @Test
    void aDecisionIsNotRecordedBeforeTheMeetingHasStarted() {
        prepared();
        Clock before = Clock.fixed(STARTS.minusSeconds(14 * 24 * 3600), ZONE);
        assertThatThrownBy(() -> paragraph.decide(ParagraphOutcome.ADOPTED, "Antas.", STARTS, before))
                .isInstanceOf(RefusedException.class).hasMessage("meeting.paragraph.decisionBeforeMeeting");
        assertThat(paragraph.isDecided()).isFalse();
        assertThat(paragraph.domainEvents()).isEmpty();
    }

    @Test
    void aDecisionIsDatedTheMeetingsDayInTheMunicipalitysZoneAndRaisesCaseDecided() {
        prepared();
        Ids.assign(paragraph);
        // 23:30 UTC on 30 November is 00:30 on 1 December in Stockholm: the meeting's day is what counts
        Instant lateStart = Instant.parse("2026-11-30T23:30:00Z");
        paragraph.decide(ParagraphOutcome.ADOPTED, " Antas. ", lateStart, Clock.fixed(lateStart.plusSeconds(60), ZONE));
        assertThat(paragraph.getDecidedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(paragraph.getDecisionText()).isEqualTo("Antas.");
        assertThat(paragraph.domainEvents()).containsExactly(new CaseDecided(77L, paragraph.getId(), ParagraphOutcome.ADOPTED,
                LocalDate.of(2026, 12, 1), 10, 20));
        assertThatThrownBy(() -> paragraph.decide(ParagraphOutcome.REJECTED, "Nej.", lateStart, DURING))
                .hasMessage("meeting.paragraph.alreadyDecided");
        paragraph.clearDomainEvents();
        assertThat(paragraph.domainEvents()).isEmpty();
    }

    @Test
    void aDecidedParagraphTakesNoMoreProposalsOrSteps() {
        long board = prepared();
        paragraph.decide(ParagraphOutcome.ADOPTED, "Antas.", STARTS, DURING);
        assertThatThrownBy(() -> moved(2, Set.of())).hasMessage("meeting.paragraph.alreadyDecided");
        assertThatThrownBy(() -> paragraph.support(AT, board, Set.of(2L))).hasMessage("meeting.paragraph.alreadyDecided");
    }

    // --- preparation, notes, speakers --------------------------------------------------------

    @Test
    void thePreparationLinksThePreparingBodysParagraphAndBecomesTheFirstProposal() {
        paragraph.prepareFrom("Kommunstyrelsen", LocalDate.of(2024, 10, 21), "Styrmodellen antas.", 140L);
        assertThat(paragraph.getPreparationParagraphId()).isEqualTo(140L);
        assertThat(paragraph.getPreparationText()).startsWith("Kommunstyrelsen har den 2024-10-21 föreslagit:").endsWith("Styrmodellen antas.");
        assertThat(paragraph.getProposals()).singleElement().satisfies(p -> {
            assertThat(p.getMoverId()).isNull();
            assertThat(p.getLabel()).isEqualTo("Kommunstyrelsens förslag till beslut");
        });
    }

    @Test
    void notesAndSpeakersComeFromThosePresentWithTheChairConsenting() {
        refused(() -> paragraph.addSpeaker(AT, 9), "personId", "meeting.person.notPresent");
        paragraph.addSpeaker(AT, 6);
        refused(() -> paragraph.addSpeaker(AT, 6), "personId", "meeting.speaker.already");
        refused(() -> paragraph.addNote(AT, 9, "Anteckning"), "personId", "meeting.person.notPresent");
        refused(() -> paragraph.addNote(new Participants(Set.of(2L), Set.of(2L), null), 2, "Anteckning"), "personId",
                "meeting.note.noChair");
        paragraph.addNote(AT, 2, "Anteckning");
        assertThat(paragraph.getNotes()).singleElement().extracting(ProtocolNote::getConsentedBy).isEqualTo(1L);
    }
}
