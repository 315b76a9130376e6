package se.sparbar.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.sparbar.governance.domain.GoverningDocuments;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.MeetingDetails;
import se.sparbar.meeting.NonParticipationKind;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;
import se.sparbar.meeting.domain.Meetings;
import se.sparbar.meeting.domain.Minutes;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.CaseType;
import se.sparbar.registry.Cases;
import se.sparbar.registry.NewCase;

/**
 * The demo's meetings. Seed 003 in full as KF § 149 (Ny styrmodell 2024) with KS § 140 as its
 * preparation, both adjusted and posted; a council paragraph of June 2024 settled by a roll-call
 * vote (posted 20 June 2024: appeals in time through 11 July 2024); a recent executive board
 * meeting that is on the notice board now; and a planned council meeting with the prepared motion
 * on its agenda. Seed 003 names neither the council's chair, its adjusters nor the meeting's date:
 * the demo uses 27 November 2024, Thomas Thim (M) as chair and Rebecka Gustin (S) and Holger
 * Andersson (L) as adjusters.
 */
@Component
class DemoMeetings {

    private static final String KEPT_AT = "Kommunledningskontoret, Stadshuset";

    private final Meetings meetings;
    private final Minutes minutes;
    private final Cases cases;
    private final GoverningDocuments governingDocuments;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoMeetings(Meetings meetings, Minutes minutes, Cases cases, GoverningDocuments governingDocuments, JdbcClient jdbc, Clock clock) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.cases = cases;
        this.governingDocuments = governingDocuments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load(DemoCases.Cast cast, long styrmodell2024) {
        Map<String, Long> p = cast.people();
        long council = cast.bodies().get("KF");
        long board = cast.bodies().get("KS");
        long clerk = cast.clerk();

        councilJune2024(cast, council);

        // Case 2024.339 KS: the registry had reached number 338 of 2024 when the review of the governance model was registered.
        jdbc.sql("update case_number_counter set last_value = greatest(last_value, 338) where series = 'KS' and year = 2024").update();
        CaseSummary styrmodell = cases.register(new NewCase(CaseType.ADMINISTRATIVE, "Ny styrmodell 2024",
                "Översyn av styrmodellen 2024", "Kommunledningskontoret", LocalDate.of(2024, 9, 30), board, "KS", clerk),
                DemoCases.at(2024, 9, 30, 14, 0));

        // KS 21 October 2024 § 140: the executive board's proposal to the council.
        long ks = meetings.plan(new MeetingDetails(board, LocalDateTime.of(2024, 10, 21, 13, 0), LocalDateTime.of(2024, 10, 21, 16, 0),
                "Stadshuset, sammanträdesrum Nolhaga", "Kommunledningskontoret, 25 oktober 2024", KEPT_AT));
        meetings.assignRoles(ks, p.get("Filipsson"), p.get("Registrator"), List.of(p.get("Waern")));
        long ks140 = minutes.importParagraph(ks, 140, styrmodell.id(), "Ny styrmodell 2024");
        minutes.describe(ks140, new Minutes.Texts("Ny styrmodell 2024", DemoCases.text("demo/seed-003-description.txt"),
                "Kommunledningskontoret har i skrivelse den 30 september 2024 lämnat yttrande och förslag till beslut.", null, null), 0);
        minutes.decide(ks140, ParagraphOutcome.OTHER, "Kommunstyrelsen föreslår kommunfullmäktige besluta att styrmodell för Alingsås "
                + "kommun antas och att styrmodellen ersätter den tidigare styrmodellen, antagen av kommunfullmäktige den 27 november 2019, § 218.",
                version(ks140));
        minutes.recordDistributionAndBasis(ks140, List.of("Kommunfullmäktige"), List.of("Tjänsteskrivelse - Översyn av styrmodellen 2024",
                "Förslag på ny styrmodell för Alingsås kommun"));
        meetings.importAdjustment(ks, LocalDate.of(2024, 10, 25), clerk);
        meetings.post(ks, LocalDate.of(2024, 10, 28), KEPT_AT, clerk);

        // KF 27 November 2024 § 149, seed 003 in full.
        long kf = meetings.plan(new MeetingDetails(council, LocalDateTime.of(2024, 11, 27, 18, 0), LocalDateTime.of(2024, 11, 27, 22, 30),
                "Stadshuset, sessionssalen", "Kommunledningskontoret, 2 december 2024", KEPT_AT));
        meetings.assignRoles(kf, p.get("Thim"), p.get("Registrator"), List.of(p.get("Gustin"), p.get("Andersson (L)")));
        long kf149 = minutes.importParagraph(kf, 149, styrmodell.id(), "Ny styrmodell 2024");
        minutes.describe(kf149, new Minutes.Texts("Ny styrmodell 2024", DemoCases.text("demo/seed-003-description.txt"),
                DemoCases.text("demo/seed-003-preparation.txt"), ks140, null), 0);
        for (String speaker : List.of("Filipsson", "Hankanen Ängberg", "Waern", "Berlin", "Dabolins", "Mulumba", "Andersson (MP)", "Pamp",
                "Wallin", "Gustin", "Jernskiegg", "Qarlsson", "Andersson (L)", "Thim", "Börjesson")) {
            minutes.addSpeaker(kf149, p.get(speaker));
        }
        long boardProposal = minutes.addPreparedProposal(kf149, "Kommunstyrelsens förslag till beslut",
                "Styrmodell för Alingsås kommun antas. Styrmodellen ersätter den tidigare styrmodellen, antagen av kommunfullmäktige "
                        + "den 27 november 2019, § 218.");
        minutes.support(kf149, boardProposal, ids(p, "Filipsson", "Waern", "Berlin", "Mulumba", "Pamp", "Gustin", "Jernskiegg",
                "Andersson (L)", "Thim", "Börjesson"));
        long heidi = minutes.addProposal(kf149, new Minutes.NewProposal(p.get("Hankanen Ängberg"), ProposalKind.AMEND, Preference.FIRST_HAND,
                "Heidi Hankanen Ängbergs tre ändringsförslag", String.join("\n",
                "1. ”Att bli Sveriges mest effektiva kommun” ändras till ”Att bli Sveriges mest effektiva kommun med så hög kvalitet som "
                        + "möjligt utifrån kommunens förutsättningar.” på andra raden under rubriken ”2. Mål- och resultatstyrning” (s. 11) "
                        + "och näst sista raden s. 11.",
                "2. Rubriken Sveriges mest effektiva kommun” (s. 11) ändras till ”Hög kvalitet utifrån kommunens förutsättningar” "
                        + "(även i innehållsförteckningen).",
                "3. Rad 10 s. 11: orden ”Målet innebär att Alingsås ska ha en” stryks och ersätts med ordet ”med” och sätts ihop med "
                        + "föregående mening."), ids(p, "Qarlsson")));
        minutes.addProposal(kf149, new Minutes.NewProposal(p.get("Hankanen Ängberg"), ProposalKind.APPROVE, Preference.SECOND_HAND,
                "Heidi Hankanen Ängbergs andrahandsyrkande", "Att kommunstyrelsens förslag till beslut bifalls.", Set.of()));
        long sannaFirst = minutes.addProposal(kf149, new Minutes.NewProposal(p.get("Dabolins"), ProposalKind.REJECT, Preference.FIRST_HAND,
                "Sanna Dabolins första ändringsförslag", "Att den gamla styrmodellen behålls.", ids(p, "Wallin")));
        long sannaSecond = minutes.addProposal(kf149, new Minutes.NewProposal(p.get("Dabolins"), ProposalKind.AMEND, Preference.SECOND_HAND,
                "Sanna Dabolins andra ändringsförslag", "Att målet för kommunen ändras till ”Sveriges mest hållbara kommun” och att "
                        + "styrmodellen skrivs om för att passa målet.", ids(p, "Wallin")));
        minutes.addNonParticipation(kf149, p.get("Andersson (MP)"), NonParticipationKind.NOT_IN_HANDLING_AND_DECISION);
        minutes.addProposition(kf149, boardProposal, heidi, boardProposal, "Ordföranden ställer kommunstyrelsens förslag till beslut mot "
                + "Heidi Hankanens Ängbergs tre ändringsförslag och finner att kommunfullmäktige bifaller kommunstyrelsens förslag till beslut.");
        minutes.addProposition(kf149, boardProposal, sannaFirst, boardProposal, "Ordföranden ställer kommunstyrelsens förslag till beslut "
                + "mot Sanna Dabolins första ändringsförslag och finner att kommunfullmäktige bifaller kommunstyrelsens förslag till beslut.");
        minutes.addProposition(kf149, boardProposal, sannaSecond, boardProposal, "Ordföranden ställer kommunstyrelsens förslag till beslut "
                + "mot Sanna Dabolins andra ändringsförslag och finner att kommunfullmäktige bifaller kommunstyrelsens förslag till beslut.");
        minutes.decide(kf149, ParagraphOutcome.ADOPTED, "Styrmodell för Alingsås kommun antas. Styrmodellen ersätter den tidigare "
                + "styrmodellen, antagen av kommunfullmäktige den 27 november 2019, § 218.", version(kf149));
        minutes.addReservation(kf149, p.get("Dabolins"), true, DemoCases.text("demo/seed-003-reservation.txt"));
        minutes.addNote(kf149, p.get("Berlin"), DemoCases.text("demo/seed-003-note.txt"));
        minutes.recordDistributionAndBasis(kf149, List.of("Samtliga nämnder och bolag", "AVRF"), List.of("§140 KS Ny styrmodell 2024",
                "Förslag på ny styrmodell för Alingsås kommun, uppdaterad reviderad version", "Tjänsteskrivelse - Översyn av styrmodellen 2024",
                "Styrmodell Alingsås kommun, reviderad 2019"));
        meetings.importAdjustment(kf, LocalDate.of(2024, 12, 2), clerk);
        meetings.post(kf, LocalDate.of(2024, 12, 3), KEPT_AT, clerk);
        governingDocuments.recordAdoptingParagraph(styrmodell2024, kf149);

        recentBoardMeeting(cast, board);
        plannedCouncilMeeting(council);
    }

    /** KF 17 June 2024: the motion on a digital notice board, approved after a roll-call vote. */
    private void councilJune2024(DemoCases.Cast cast, long council) {
        Map<String, Long> p = cast.people();
        long kf = meetings.plan(new MeetingDetails(council, LocalDateTime.of(2024, 6, 17, 18, 0), LocalDateTime.of(2024, 6, 17, 21, 0),
                "Stadshuset, sessionssalen", "Kommunledningskontoret, 19 juni 2024", KEPT_AT));
        meetings.assignRoles(kf, p.get("Thim"), p.get("Registrator"), List.of(p.get("Börjesson"), p.get("Qarlsson")));
        long item = meetings.addCase(kf, "2024.2 KS");
        jdbc.sql("insert into paragraph_number_counter (body_id, year, last_value) values (?, 2024, 97) on conflict (body_id, year) do nothing").params(council).update();
        long paragraph = minutes.openFromAgenda(kf, item);
        long board = minutes.view(paragraph).proposals().get(0).id();
        minutes.addSpeaker(paragraph, p.get("Pamp"));
        minutes.addSpeaker(paragraph, p.get("Jernskiegg"));
        long reject = minutes.addProposal(paragraph, new Minutes.NewProposal(p.get("Jernskiegg"), ProposalKind.REJECT, Preference.ONLY,
                "Boris Jernskieggs avslagsyrkande", "Att motionen avslås.", ids(p, "Mulumba")));
        minutes.support(paragraph, board, ids(p, "Pamp", "Waern"));
        Map<Long, BallotChoice> ballots = new LinkedHashMap<>();
        List.of("Filipsson", "Hankanen Ängberg", "Waern", "Berlin", "Pamp", "Gustin", "Qarlsson", "Andersson (L)", "Thim", "Börjesson")
                .forEach(n -> ballots.put(p.get(n), BallotChoice.YES));
        List.of("Jernskiegg", "Mulumba", "Dabolins", "Wallin", "Sigfrids").forEach(n -> ballots.put(p.get(n), BallotChoice.NO));
        ballots.put(p.get("Andersson (MP)"), BallotChoice.ABSTAIN);
        minutes.addVote(paragraph, board, reject, ballots, null, "Kommunfullmäktige har beslutat att bifalla kommunstyrelsens förslag "
                + "med 10 ja-röster mot 5 nej-röster; 1 ledamot avstår.");
        minutes.decide(paragraph, ParagraphOutcome.APPROVED, "Motionen bifalls.", version(paragraph));
        minutes.recordDistributionAndBasis(paragraph, List.of("Eva-Lotta Pamp (M)", "Kommunstyrelsen"), List.of("Motion om digital anslagstavla"));
        meetings.importAdjustment(kf, LocalDate.of(2024, 6, 19), cast.clerk());
        meetings.post(kf, LocalDate.of(2024, 6, 20), KEPT_AT, cast.clerk());
    }

    /** An executive board meeting of the past fortnight, whose minutes are on the notice board today. */
    private void recentBoardMeeting(DemoCases.Cast cast, long board) {
        Map<String, Long> p = cast.people();
        LocalDate today = LocalDate.now(clock);
        long ks = meetings.plan(new MeetingDetails(board, today.minusDays(9).atTime(13, 0), today.minusDays(9).atTime(15, 30),
                "Stadshuset, sammanträdesrum Nolhaga", "Kommunledningskontoret", KEPT_AT));
        meetings.assignRoles(ks, p.get("Filipsson"), p.get("Registrator"), List.of(p.get("Gustin")));
        long item = meetings.addItem(ks, se.sparbar.meeting.AgendaKind.INFORMATION, "Information om budgetläget");
        long paragraph = minutes.openFromAgenda(ks, item);
        minutes.describe(paragraph, new Minutes.Texts("Information om budgetläget", "Ekonomichefen informerar om prognosen för året.",
                null, null, null), version(paragraph));
        minutes.decide(paragraph, ParagraphOutcome.NOTED, "Kommunstyrelsen noterar informationen.", version(paragraph));
        meetings.importAdjustment(ks, today.minusDays(5), cast.clerk());
        meetings.post(ks, today.minusDays(4), KEPT_AT, cast.clerk());
    }

    /** The council's next meeting, with the prepared motion on its agenda. */
    private void plannedCouncilMeeting(long council) {
        LocalDate day = LocalDate.now(clock).plusDays(14);
        long kf = meetings.plan(new MeetingDetails(council, day.atTime(LocalTime.of(18, 0)), null, "Stadshuset, sessionssalen",
                "Kommunledningskontoret", KEPT_AT));
        meetings.addCase(kf, "2025.1 KS");
    }

    private long version(long paragraphId) {
        return minutes.view(paragraphId).version();
    }

    private static Set<Long> ids(Map<String, Long> people, String... names) {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        for (String name : names) {
            ids.add(people.get(name));
        }
        return ids;
    }
}
