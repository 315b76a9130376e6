package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.NonParticipationKind;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;

/** A paragraph's history holds every change to its parts, with names, translated, and the web refuses a recused member's act with 409. */
@IntegrationTest
class ParagraphHistoryTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MeetingFixture fixture;

    @Autowired
    Meetings meetings;

    @Autowired
    Minutes minutes;

    @Autowired
    ParagraphHistory history;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /** A change as the history page lists it. */
    record Change(String field, String oldValue, String newValue) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private long heldParagraph(MeetingFixture.Council council) {
        // a meeting that started an hour ago: the decision may be recorded
        long meeting = fixture.meeting(council, LocalDateTime.now(clock).minusHours(1).withNano(0));
        meetings.assignRoles(meeting, council.members().get(0), null, List.of(council.members().get(1)));
        return minutes.addParagraph(meeting, "Motion om cykelvägar");
    }

    @Test
    void everyChangeToTheParagraphsPartsIsInItsHistoryWithNames() throws Exception {
        MeetingFixture.Council council = fixture.council(4, 0);
        List<Long> m = council.members();
        long paragraph = heldParagraph(council);
        minutes.addSpeaker(paragraph, m.get(2));
        long board = minutes.addPreparedProposal(paragraph, "Kommunstyrelsens förslag", "Motionen bifalls.");
        long reject = minutes.addProposal(paragraph, new Minutes.NewProposal(m.get(2), ProposalKind.REJECT, Preference.ONLY, "Avslag",
                "Motionen avslås.", Set.of()));
        minutes.support(paragraph, board, Set.of(m.get(1)));
        minutes.addNonParticipation(paragraph, m.get(3), NonParticipationKind.CONFLICT_OF_INTEREST);
        Map<Long, BallotChoice> ballots = new LinkedHashMap<>();
        ballots.put(m.get(0), BallotChoice.YES);
        ballots.put(m.get(1), BallotChoice.YES);
        ballots.put(m.get(2), BallotChoice.NO);
        minutes.addVote(paragraph, board, reject, ballots, null, null);
        minutes.decide(paragraph, ParagraphOutcome.APPROVED, "Motionen bifalls.", minutes.view(paragraph).version());
        minutes.addReservation(paragraph, m.get(2), false, null);
        long reservation = minutes.view(paragraph).reservations().get(0).id();
        minutes.writeReservation(paragraph, reservation, "Cykelvägarna behövs inte.");
        minutes.addNote(paragraph, m.get(1), "Ledamoten vill se en utredning.");
        minutes.recordDistributionAndBasis(paragraph, List.of("Tekniska nämnden"), List.of("Motion om cykelvägar"));
        minutes.recordDistributionAndBasis(paragraph, List.of("Tekniska nämnden", "Kommunstyrelsen"), List.of("Motion om cykelvägar"));
        minutes.withdrawReservation(paragraph, reservation);

        String chair = "Ledamot0 " + lastName(council);
        String mover = "Ledamot2 " + lastName(council);
        // the audit trail is read in a transaction, as the history page does
        List<Change> changes = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status ->
                history.partChanges("MinutesParagraph", paragraph, Locale.forLanguageTag("sv")).stream()
                        .map(c -> new Change(c.field(), c.oldValue(), c.newValue())).toList());
        assertThat(changes).contains(
                new Change("paragraph.speakers", null, mover),
                new Change("paragraph.proposals", null, "Avslag (" + mover + ", yrkande): Motionen avslås."),
                new Change("paragraph.proposals", null, "Kommunstyrelsens förslag (beredningens förslag, yrkande): Motionen bifalls."),
                new Change("paragraph.supporters", null, "Kommunstyrelsens förslag: Ledamot1 " + lastName(council)),
                new Change("paragraph.nonParticipants", null, "Ledamot3 " + lastName(council) + " – Jäv"),
                new Change("paragraph.steps", null,
                        "1. Omröstning, Kommunstyrelsens förslag (ja) mot Avslag (nej): 2 ja, 1 nej, 0 avstår; Kommunstyrelsens förslag vann."),
                new Change("paragraph.reservations", null, mover),
                new Change("paragraph.reservationText", null, "Cykelvägarna behövs inte."),
                new Change("paragraph.reservations", mover, null),
                new Change("paragraph.notes", null, "Ledamot1 " + lastName(council) + ": Ledamoten vill se en utredning."),
                new Change("paragraph.distribution", null, "Tekniska nämnden"),
                new Change("paragraph.distribution", "Tekniska nämnden", "Tekniska nämnden; Kommunstyrelsen"),
                new Change("paragraph.basis", null, "Motion om cykelvägar"));
        assertThat(changes).filteredOn(c -> c.field().equals("paragraph.votes")).singleElement()
                .satisfies(c -> assertThat(c.newValue()).contains(chair + ": Ja", mover + ": Nej"));
        // the basis, saved again unchanged, is not repeated
        assertThat(changes).filteredOn(c -> c.field().equals("paragraph.basis")).hasSize(1);

        String page = mvc.perform(get("/history/MinutesParagraph/" + paragraph).with(user(users.loadUserByUsername("clerk"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("??").contains("Yrkande", "Beslutsgång", "Omröstning, röster", "Reservation", "Expedieras till",
                "Deltar inte", "Instämmer i yrkandet", "Protokollsanteckning", "Beslutets utfall", mover);
        String english = mvc.perform(get("/history/MinutesParagraph/" + paragraph).param("lang", "en")
                .with(user(users.loadUserByUsername("clerk")))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).doesNotContain("??").contains("Decision procedure", "Roll-call vote", "Takes no part");
    }

    @Test
    void aRecusedMembersProposalIsRefusedOnTheWebWith409AndTheFormKept() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        long paragraph = heldParagraph(council);
        long recused = council.members().get(2);
        minutes.addNonParticipation(paragraph, recused, NonParticipationKind.CONFLICT_OF_INTEREST);
        String page = mvc.perform(post("/paragraphs/" + paragraph + "/proposals").with(csrf()).with(user(users.loadUserByUsername("clerk")))
                        .param("moverId", String.valueOf(recused)).param("proposalKind", "REJECT").param("preference", "ONLY")
                        .param("label", "Avslag").param("proposalText", "Mitt eget avslagsyrkande"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("inte deltar i paragrafen", "Mitt eget avslagsyrkande");
        assertThat(minutes.view(paragraph).proposals()).isEmpty();
    }

    private static String lastName(MeetingFixture.Council council) {
        return council.name().replace("Fullmäktige", "Test");
    }
}
