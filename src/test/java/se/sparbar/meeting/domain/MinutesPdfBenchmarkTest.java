package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;
import se.sparbar.StatementCounter;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;

/**
 * Benchmark (reports numbers, asserts only correctness and bounds): the full minutes of a meeting
 * with 100 paragraphs — each with speakers, two proposals, a roll-call vote of 15, a decision and a
 * reservation — rendered as a tagged PDF, and the SQL statements it takes.
 */
@IntegrationTest
class MinutesPdfBenchmarkTest {

    @Autowired
    MeetingFixture fixture;

    @Autowired
    Meetings meetings;

    @Autowired
    Minutes minutes;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void minutesWith100ParagraphsAsPdf() throws Exception {
        MeetingFixture.Council council = fixture.council(15, 0);
        List<Long> m = council.members();
        long meeting = fixture.meeting(council, LocalDateTime.of(2025, 3, 14, 18, 0));
        meetings.assignRoles(meeting, m.get(0), null, List.of(m.get(1), m.get(2)));
        long buildStart = System.nanoTime();
        for (int i = 1; i <= 100; i++) {
            long paragraph = minutes.addParagraph(meeting, "Ärende nummer " + i + " om kommunens verksamhet");
            minutes.describe(paragraph, new Minutes.Texts("Ärende nummer " + i + " om kommunens verksamhet",
                    "Ärendebeskrivning. ".repeat(40), "Beredning. ".repeat(30), null, null), 0);
            minutes.addSpeaker(paragraph, m.get(3));
            minutes.addSpeaker(paragraph, m.get(4));
            long yes = minutes.addProposal(paragraph, new Minutes.NewProposal(m.get(3), ProposalKind.APPROVE, Preference.ONLY, "Bifall",
                    "Att förslaget bifalls.", Set.of(m.get(5), m.get(6))));
            long no = minutes.addProposal(paragraph, new Minutes.NewProposal(m.get(4), ProposalKind.REJECT, Preference.ONLY, "Avslag",
                    "Att förslaget avslås.", Set.of(m.get(7))));
            Map<Long, BallotChoice> ballots = new LinkedHashMap<>();
            for (int v = 0; v < 15; v++) {
                ballots.put(m.get(v), v < 9 ? BallotChoice.YES : v < 14 ? BallotChoice.NO : BallotChoice.ABSTAIN);
            }
            minutes.addVote(paragraph, yes, no, ballots, null, null);
            minutes.decide(paragraph, ParagraphOutcome.APPROVED, "Förslaget bifalls.", minutes.view(paragraph).version());
            minutes.addReservation(paragraph, m.get(10), false, "Skriftlig reservation. ".repeat(10)); // voted no
        }
        System.out.printf("Benchmark: recorded 100 paragraphs in %d ms%n", (System.nanoTime() - buildStart) / 1_000_000);

        var clerk = user(accounts.loadUserByUsername("clerk"));
        List<Long> times = new ArrayList<>();
        byte[] pdf = null;
        long statements = 0;
        for (int run = 0; run < 3; run++) {
            StatementCounter.reset();
            long start = System.nanoTime();
            pdf = mvc.perform(get("/meetings/" + meeting + "/minutes.pdf").with(clerk)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            times.add((System.nanoTime() - start) / 1_000_000);
            statements = StatementCounter.count();
        }
        Collections.sort(times);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("§ 1 ", "§ 100 ", "9 ja, 5 nej, 1 avstår");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            System.out.printf("Benchmark: minutes PDF of 100 paragraphs: %d pages, %d KB, median %d ms (runs %s), %d SQL statements%n",
                    document.getNumberOfPages(), pdf.length / 1024, times.get(1), times, statements);
        }
        assertThat(statements).as("statements for 100 paragraphs, batch-fetched").isLessThan(40);
    }
}
