package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.sparbar.IntegrationTest;
import se.sparbar.StatementCounter;
import se.sparbar.meeting.MeetingDetails;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;

@IntegrationTest
class MeetingWebTest {

    @Autowired
    java.time.Clock clock;

    /** A day this many years ahead of the clock's (the fixed dates these tests once used drifted into the past). */
    private LocalDateTime ahead(int years, int month, int day, int hour, int minute) {
        return java.time.LocalDate.now(clock).plusYears(years).withMonth(month).withDayOfMonth(day).atTime(hour, minute);
    }

    private String dayAhead(int years, int month, int day) {
        return ahead(years, month, day, 0, 0).toLocalDate().toString();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MeetingFixture fixture;

    @Autowired
    Meetings meetings;

    @Autowired
    Minutes minutes;

    @Test
    void onlyClerksRecordCouncillorsAndOfficialsRead() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        long meeting = fixture.meeting(council, ahead(4, 4, 4, 18, 0));
        long paragraph = minutes.addParagraph(meeting, "Läses av alla");
        for (String reader : List.of("councillor", "official")) {
            mvc.perform(get("/meetings").with(as(reader))).andExpect(status().isOk());
            mvc.perform(get("/meetings/" + meeting).with(as(reader))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Spara närvaron"))));
            mvc.perform(get("/paragraphs/" + paragraph).with(as(reader))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Lägg till yrkande"))));
            mvc.perform(post("/meetings").with(csrf()).with(as(reader)).param("bodyId", String.valueOf(council.bodyId()))
                    .param("date", dayAhead(4, 5, 5)).param("startTime", "18:00").param("place", "X")).andExpect(status().isForbidden());
            mvc.perform(post("/paragraphs/" + paragraph + "/speakers").with(csrf()).with(as(reader))
                    .param("speakerId", String.valueOf(council.members().get(0)))).andExpect(status().isForbidden());
            mvc.perform(post("/paragraphs/" + paragraph + "/decision").with(csrf()).with(as(reader))
                    .param("outcome", "NOTED").param("decisionText", "X").param("version", "0")).andExpect(status().isForbidden());
        }
        assertThat(minutes.view(paragraph).speakers()).isEmpty();
        // the public does not see unposted minutes at all
        mvc.perform(get("/paragraphs/" + paragraph)).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + meeting + "/minutes")).andExpect(status().isNotFound());
        // the meeting itself is public (body, time, place), its unposted paragraphs are not
        mvc.perform(get("/meetings/" + meeting)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/paragraphs/" + paragraph + "\""))));
    }

    @Test
    void aClerkPlansAMeetingAndBadInputIsShownBesideTheFieldWithTheInputKept() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        mvc.perform(post("/meetings").with(csrf()).with(as("clerk")).param("bodyId", String.valueOf(council.bodyId()))
                        .param("date", dayAhead(4, 6, 1)).param("startTime", "18:00").param("endTime", "17:00").param("place", "Stadshus"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sluttiden måste vara efter starttiden.")))
                .andExpect(content().string(Matchers.containsString("value=\"Stadshus\"")));
        String location = mvc.perform(post("/meetings").with(csrf()).with(as("clerk")).param("bodyId", String.valueOf(council.bodyId()))
                        .param("date", dayAhead(4, 6, 1)).param("startTime", "18:00").param("place", "Stadshus"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        MeetingView view = meetings.view(meeting);
        assertThat(view.attendance()).hasSize(3).allSatisfy(a -> assertThat(a.present()).isTrue());
        assertThat(view.quorum().reached()).isTrue();

        // an unknown case number is refused beside the field
        mvc.perform(post("/meetings/" + meeting + "/agenda/case").with(csrf()).with(as("clerk")).param("caseNumber", "1999.999 XX"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Det finns inget ärende med det diarienumret.")))
                .andExpect(content().string(Matchers.containsString("value=\"1999.999 XX\"")));
        assertThat(meetings.view(meeting).agenda()).isEmpty();
    }

    @Test
    void aVoteByAnAbsentMemberIsRefusedBesideTheRollCallAndNothingIsStored() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        long meeting = fixture.meeting(council, ahead(4, 7, 7, 18, 0));
        List<Long> m = council.members();
        meetings.recordAttendance(meeting, List.of(new AttendanceEntry(m.get(0), Seat.MEMBER, true, null),
                new AttendanceEntry(m.get(1), Seat.MEMBER, true, null), new AttendanceEntry(m.get(2), Seat.MEMBER, false, null)), null,
                meetings.view(meeting).version());
        meetings.assignRoles(meeting, m.get(0), null, List.of(m.get(1)));
        long paragraph = minutes.addParagraph(meeting, "Omröstning");
        long yes = minutes.addProposal(paragraph, new Minutes.NewProposal(m.get(0), ProposalKind.APPROVE, Preference.ONLY, "Bifall", "B", java.util.Set.of()));
        long no = minutes.addProposal(paragraph, new Minutes.NewProposal(m.get(1), ProposalKind.REJECT, Preference.ONLY, "Avslag", "A", java.util.Set.of()));

        mvc.perform(post("/paragraphs/" + paragraph + "/steps/vote").with(csrf()).with(as("clerk"))
                        .param("yesId", String.valueOf(yes)).param("noId", String.valueOf(no))
                        .param("ballots[" + m.get(0) + "]", "YES").param("ballots[" + m.get(2) + "]", "NO"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Bara närvarande ledamöter och tjänstgörande ersättare")));
        assertThat(minutes.view(paragraph).steps()).isEmpty();

        mvc.perform(post("/paragraphs/" + paragraph + "/steps/vote").with(csrf()).with(as("clerk"))
                        .param("yesId", String.valueOf(yes)).param("noId", String.valueOf(no))
                        .param("ballots[" + m.get(0) + "]", "YES").param("ballots[" + m.get(1) + "]", "YES"))
                .andExpect(status().is3xxRedirection());
        assertThat(minutes.view(paragraph).steps()).singleElement().satisfies(s -> assertThat(s.yes()).isEqualTo(2));
    }

    @Test
    void anEditAfterAdjustmentIsRefusedWithTheReasonAndAPostingBeforeAdjustmentBesideTheField() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        long meeting = fixture.meeting(council, LocalDateTime.of(2025, 3, 3, 18, 0));
        List<Long> m = council.members();
        meetings.assignRoles(meeting, m.get(0), null, List.of(m.get(1)));
        long paragraph = minutes.addParagraph(meeting, "Justeras");
        meetings.importAdjustment(meeting, LocalDate.of(2025, 3, 6), fixture.clerk());

        mvc.perform(post("/paragraphs/" + paragraph + "/speakers").with(csrf()).with(as("clerk"))
                        .param("speakerId", String.valueOf(m.get(2))))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Protokollet är justerat och låst.")));
        mvc.perform(post("/meetings/" + meeting + "/posting").with(csrf()).with(as("clerk"))
                        .param("postedOn", "2025-03-05").param("minutesKeptAt", "Kommunledningskontoret"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Protokollet kan inte anslås före justeringsdagen.")))
                .andExpect(content().string(Matchers.containsString("value=\"2025-03-05\"")));
        assertThat(meetings.view(meeting).posting()).isNull();

        mvc.perform(post("/meetings/" + meeting + "/posting").with(csrf()).with(as("clerk"))
                        .param("postedOn", "2025-03-12").param("minutesKeptAt", "Kommunledningskontoret"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("warningKey", "meeting.posting.late"));
        assertThat(meetings.view(meeting).posting().appealEndsOn()).isEqualTo(LocalDate.of(2025, 4, 2));
        // posted: the public reads the minutes now
        mvc.perform(get("/meetings/" + meeting + "/minutes")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Justeras")));
        mvc.perform(get("/paragraphs/" + paragraph)).andExpect(status().isOk());
    }

    @Test
    void seed003IsInTheDemoAsKf149WithEveryPartAndItsMinutesAreATaggedPdf() throws Exception {
        long paragraph = fixture.jdbc.queryForObject("""
                select p.id from minutes_paragraph p join body b on b.id = p.body_id
                where b.abbreviation = 'KF' and p.paragraph_year = 2024 and p.number = 149""", Long.class);
        ParagraphView p = minutes.view(paragraph);
        assertThat(p.caseNumber()).isEqualTo("2024.339 KS");
        assertThat(p.preparation().label()).isEqualTo("KS 2024-10-21 § 140");
        assertThat(p.speakers()).hasSize(15).first().satisfies(s -> assertThat(s.nameWithParty()).isEqualTo("Daniel Filipsson (M)"));
        assertThat(p.proposals()).hasSize(5);
        assertThat(p.proposals().get(0).supporters()).hasSize(10);
        assertThat(p.proposals().get(1).supporters()).extracting(s -> s.nameWithParty()).containsExactly("Annika Qarlsson (C)");
        assertThat(p.proposals().get(2).preference()).isEqualTo(Preference.SECOND_HAND);
        assertThat(p.steps()).hasSize(3).allSatisfy(s -> assertThat(s.winner().id()).isEqualTo(p.proposals().get(0).id()));
        assertThat(p.nonParticipants()).singleElement().satisfies(n -> assertThat(n.person().nameWithParty()).isEqualTo("Amanda Andersson (MP)"));
        assertThat(p.reservations()).singleElement().satisfies(r -> {
            assertThat(r.partyName()).isEqualTo("Vänsterpartiet");
            assertThat(r.writtenText()).startsWith("Vi i Vänsterpartiet reserverar oss");
        });
        assertThat(p.notes()).singleElement().satisfies(n -> assertThat(n.person().nameWithParty()).isEqualTo("Jens Christian Berlin (L)"));
        assertThat(p.distribution()).containsExactly("Samtliga nämnder och bolag", "AVRF");
        assertThat(p.basis()).hasSize(4).first().satisfies(b -> assertThat(b.paragraph().label()).isEqualTo("KS 2024-10-21 § 140"));
        assertThat(p.outcome()).isEqualTo(ParagraphOutcome.ADOPTED);
        assertThat(fixture.jdbc.queryForObject("select count(*) from governing_document where adopted_by_paragraph_id = ?", Long.class,
                paragraph)).isEqualTo(1);
        assertThat(fixture.jdbc.queryForObject("select count(*) from governing_document where ended_by_paragraph_id = ?", Long.class,
                paragraph)).isEqualTo(1);

        // public, as the minutes are posted; no contact details anywhere
        String page = mvc.perform(get("/paragraphs/" + paragraph)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ny styrmodell 2024", "Heidi Hankanen Ängbergs tre ändringsförslag").doesNotContain("??", "@");
        // both ways: seed 001's item is carried out by this paragraph, and the paragraph shows it
        assertThat(page).contains("Effektivisera den politiska målstyrningen");
        assertThat(mvc.perform(get("/paragraphs/" + paragraph + "/extract")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Rätt utdraget intygar", "Karin Registrator").doesNotContain("??");
        byte[] pdf = mvc.perform(get("/paragraphs/" + paragraph + "/extract.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Protokollsutdrag KF 2024-11-27");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("§ 149", "2024.339 KS", "Rätt utdraget intygar", "Rebecka Gustin", "Sista dag att överklaga");
        }
    }

    @Test
    void theDemoMotionOnADigitalNoticeBoardWasDecidedByARollCallVote() throws Exception {
        long motion = fixture.motionIdOf("2024.2 KS");
        var paragraphs = fixture.jdbc.queryForList("select id from minutes_paragraph where case_id = (select case_id from motion where id = ?)",
                Long.class, motion);
        ParagraphView p = minutes.view(paragraphs.get(0));
        assertThat(p.steps()).singleElement().satisfies(s -> {
            assertThat(s.vote()).isTrue();
            assertThat(s.yes()).isEqualTo(10);
            assertThat(s.no()).isEqualTo(5);
            assertThat(s.abstain()).isEqualTo(1);
        });
        mvc.perform(get("/motions/" + motion)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("KF 2024-06-17 § 98")))
                .andExpect(content().string(Matchers.containsString("href=\"/paragraphs/" + p.id() + "\"")));
    }

    @Test
    void onlyTheFunctionaryThemselvesIsOfferedToConfirmTheirAdjustment() throws Exception {
        long council = fixture.jdbc.queryForObject("select id from body where abbreviation = 'KF'", Long.class);
        long frida = fixture.jdbc.queryForObject("select id from person where last_name = 'Sigfrids'", Long.class);
        long heidi = fixture.jdbc.queryForObject("select id from person where last_name = 'Hankanen Ängberg'", Long.class);
        long meeting = meetings.plan(new MeetingDetails(council, LocalDateTime.of(2025, 12, 15, 18, 0), null, "Rådhuset", null, null));
        meetings.assignRoles(meeting, frida, null, List.of(heidi));
        meetings.markHeld(meeting);
        long fridasRole = meetings.view(meeting).roles().stream().filter(r -> r.person().id() == frida).findFirst().orElseThrow().id();
        long heidisRole = meetings.view(meeting).roles().stream().filter(r -> r.person().id() == heidi).findFirst().orElseThrow().id();

        String asChair = mvc.perform(get("/meetings/" + meeting).with(as("councillor"))).andReturn().getResponse().getContentAsString();
        assertThat(asChair).contains("/roles/" + fridasRole + "/sign").doesNotContain("/roles/" + heidisRole + "/sign");
        String asOfficial = mvc.perform(get("/meetings/" + meeting).with(as("official"))).andReturn().getResponse().getContentAsString();
        assertThat(asOfficial).doesNotContain("/sign\"");
        mvc.perform(post("/meetings/" + meeting + "/roles/" + heidisRole + "/sign").with(csrf()).with(as("councillor")))
                .andExpect(status().isConflict());
        mvc.perform(post("/meetings/" + meeting + "/roles/" + fridasRole + "/sign").with(csrf()).with(as("councillor")))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.view(meeting).roles()).filteredOn(r -> r.id() == fridasRole).singleElement()
                .satisfies(r -> assertThat(r.signedAt()).isNotNull());
        assertThat(meetings.view(meeting).status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void writtenReasonsTooLongAreRefusedNotCut() throws Exception {
        MeetingFixture.Council council = fixture.council(2, 0);
        long meeting = fixture.meeting(council, ahead(4, 8, 8, 18, 0));
        long paragraph = minutes.addParagraph(meeting, "Reservation");
        minutes.addReservation(paragraph, council.members().get(0), false, "Kort motivering.");
        long reservation = minutes.view(paragraph).reservations().get(0).id();
        mvc.perform(post("/paragraphs/" + paragraph + "/reservations/" + reservation).with(csrf()).with(as("clerk"))
                        .param("writtenText", "x".repeat(20001)))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("högst 20")));
        assertThat(minutes.view(paragraph).reservations().get(0).writtenText()).isEqualTo("Kort motivering.");
    }

    @Test
    void theMeetingsListAndTheNoticeBoardRunAFixedNumberOfStatements() throws Exception {
        long before = statements("/meetings?page=0");
        long boardBefore = statements("/notice-board");
        MeetingFixture.Council council = fixture.council(2, 0);
        for (int i = 0; i < 30; i++) {
            long meeting = fixture.meeting(council, LocalDateTime.of(2029, 1, 1, 9, 0).plusDays(i));
            minutes.addParagraph(meeting, "P");
        }
        assertThat(statements("/meetings?page=0")).isEqualTo(before);
        assertThat(statements("/notice-board")).isEqualTo(boardBefore);
        System.out.printf("Statements: /meetings %d, /notice-board %d (the same with 30 more meetings)%n", before, boardBefore);
    }

    private long statements(String url) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(url).with(as("official"))).andExpect(status().isOk());
        return StatementCounter.count();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
