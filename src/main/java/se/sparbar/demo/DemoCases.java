package se.sparbar.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.sparbar.governance.DocumentType;
import se.sparbar.governance.GoverningDocumentDetails;
import se.sparbar.governance.domain.GoverningDocuments;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.Outcome;
import se.sparbar.motion.Registration;
import se.sparbar.motion.domain.MotionImport;
import se.sparbar.motion.domain.Motions;
import se.sparbar.referral.PreparationDetails;
import se.sparbar.referral.Referrals;
import se.sparbar.referral.StatementDetails;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.CaseType;
import se.sparbar.registry.Cases;
import se.sparbar.registry.NewCase;

/**
 * The demo's motions and cases: seed 000 as a submitted motion, seed 002's statement recorded for
 * Servicenämnden on the audit report it answers, and a few more motions spread over the statuses
 * (their titles echo seed 003's debate; their texts are short demo texts), one past its deadline.
 */
@Component
class DemoCases {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final MotionImport imports;
    private final Motions motions;
    private final Cases cases;
    private final Referrals referrals;
    private final GoverningDocuments governingDocuments;

    DemoCases(MotionImport imports, Motions motions, Cases cases, Referrals referrals, GoverningDocuments governingDocuments) {
        this.governingDocuments = governingDocuments;
        this.imports = imports;
        this.motions = motions;
        this.cases = cases;
        this.referrals = referrals;
    }

    /** The people, bodies and accounts the demo municipality was given. */
    record Cast(Map<String, Long> people, Map<String, Long> bodies, long councillor, long clerk) {
    }

    void load(Cast cast) {
        long frida = cast.people().get("Sigfrids");
        long council = cast.bodies().get("KF");

        // Seed 000: Frida Sigfrids' motion, created 21.3.2025 9.02, submitted, waiting in the clerk's inbox.
        long seed000 = imports.draft(cast.councillor(), frida, new MotionDraft(
                "Borgå bör utreda ibruktagandet av Alliansmodellen", text("demo/seed-000-motion.txt"),
                List.of("att Borgå utreder möjligheten att ta i bruk Alliansmodellen och bedömer hur den fungerar särskilt "
                        + "i stora byggnadsprojekt och infrastrukturprojekt, såsom Kokonprojektet."),
                council, Set.of(), new MotionDraft.Contact("Frida", "Sigfrids", "040 591 0874", "fridasigfrids@gmail.com")),
                at(2025, 3, 21, 9, 2));
        imports.submit(seed000, at(2025, 3, 21, 9, 20));

        // A draft with an open invitation to co-sign (Heidi Hankanen Ängberg has the councillor2 login).
        imports.draft(cast.councillor(), frida, new MotionDraft("Laddplatser vid kommunens förskolor",
                "Allt fler föräldrar kör elbil till förskolan. Kommunen bör se över var laddplatser kan ordnas.",
                List.of("att kommunen kartlägger behovet av laddplatser vid förskolorna"), council,
                Set.of(cast.people().get("Hankanen Ängberg")), new MotionDraft.Contact("Frida", "Sigfrids", null, null)),
                at(2026, 11, 2, 14, 30));

        // Registered and referred; the referral is overdue and the motion is past its one-year deadline.
        long sanna = cast.people().get("Dabolins");
        long pastDeadline = imports.draft(cast.clerk(), sanna, new MotionDraft("Sveriges mest hållbara kommun",
                "Kommunens övergripande mål bör väga in miljömässiga, sociala och ekonomiska faktorer.",
                List.of("att kommunen tar fram ett mål för hållbarhet som följs upp i budgeten"), council, Set.of(),
                new MotionDraft.Contact("Sanna", "Dabolins", null, null)), at(2024, 10, 1, 10, 0));
        imports.submit(pastDeadline, at(2024, 10, 1, 10, 5));
        imports.register(pastDeadline, cast.clerk(), new Registration(LocalDate.of(2024, 10, 1), "Sanna Dabolins (V)",
                "Motion om mål för hållbarhet"), at(2024, 10, 8, 9, 0));
        imports.refer(pastDeadline, cast.clerk(), Set.of(cast.bodies().get("FFN")), LocalDate.of(2024, 10, 15), LocalDate.of(2025, 1, 31));

        // Prepared: referred, answered, and the executive board proposes that it is answered.
        long jens = cast.people().get("Berlin");
        long prepared = imports.draft(cast.clerk(), jens, new MotionDraft("Sammanställning av kommunens styrdokument",
                "En sammanställning över kommunens övergripande styrdokument och när de ska följas upp behövs.",
                List.of("att kommunen sammanställer sina styrdokument med datum för uppföljning"), council, Set.of(),
                new MotionDraft.Contact("Jens Christian", "Berlin", null, null)), at(2025, 1, 20, 13, 0));
        imports.submit(prepared, at(2025, 1, 20, 13, 10));
        CaseSummary preparedCase = imports.register(prepared, cast.clerk(), new Registration(LocalDate.of(2025, 1, 20),
                "Jens Christian Berlin (L)", "Motion om register över styrdokument"), at(2025, 1, 27, 9, 0));
        imports.refer(prepared, cast.clerk(), Set.of(cast.bodies().get("TN")), LocalDate.of(2025, 2, 3), LocalDate.of(2025, 4, 30));
        long tnReferral = referrals.forCase(preparedCase.id()).get(0).id();
        referrals.recordStatement(tnReferral, new StatementDetails(null,
                "Tekniska nämnden ser positivt på en sammanställning och bidrar med uppgifter om sina styrdokument.",
                "Tekniska nämnden avger yttrande enligt förvaltningens förslag.", LocalDate.of(2025, 4, 10), null,
                List.of(new StatementDetails.Signatory("Ordförande i Tekniska nämnden", "Ordförande")), List.of(), StatementDetails.NEW), cast.clerk());
        motions.prepare(prepared, cast.clerk(), new PreparationDetails(cast.bodies().get("KS"), LocalDate.of(2025, 9, 15),
                Outcome.ANSWERED.name(), "Kommunfullmäktige beslutar att motionen ska anses besvarad.", PreparationDetails.NEW));

        // Decided: approved by the council.
        long evaLotta = cast.people().get("Pamp");
        long decided = imports.draft(cast.clerk(), evaLotta, new MotionDraft("Digital anslagstavla med överklagandetider",
                "Kommunens anslagstavla bör visa när överklagandetiden för varje protokoll går ut.",
                List.of("att den digitala anslagstavlan visar sista dag för överklagande"), council, Set.of(),
                new MotionDraft.Contact("Eva-Lotta", "Pamp", null, null)), at(2024, 2, 5, 8, 30));
        imports.submit(decided, at(2024, 2, 5, 8, 45));
        imports.register(decided, cast.clerk(), new Registration(LocalDate.of(2024, 2, 5), "Eva-Lotta Pamp (M)",
                "Motion om digital anslagstavla"), at(2024, 2, 12, 9, 0));
        motions.prepare(decided, cast.clerk(), new PreparationDetails(cast.bodies().get("KS"), LocalDate.of(2024, 5, 20),
                Outcome.APPROVED.name(), "Kommunfullmäktige beslutar att bifalla motionen.", PreparationDetails.NEW));
        // decided by the council on 17 June 2024 after a roll-call vote: see DemoMeetings

        // Withdrawn by its filer after registration; it stays on record.
        long holger = cast.people().get("Andersson (L)");
        long withdrawn = imports.draft(cast.clerk(), holger, new MotionDraft("Fler sammanträden på kvällstid",
                "Fler fritidspolitiker skulle kunna delta om nämnderna sammanträdde på kvällstid.",
                List.of("att nämnderna prövar att sammanträda på kvällstid"), council, Set.of(),
                new MotionDraft.Contact("Holger", "Andersson", null, null)), at(2025, 5, 2, 16, 0));
        imports.submit(withdrawn, at(2025, 5, 2, 16, 5));
        imports.register(withdrawn, cast.clerk(), new Registration(LocalDate.of(2025, 5, 2), "Holger Andersson (L)",
                "Motion om kvällssammanträden"), at(2025, 5, 9, 9, 0));
        imports.withdraw(withdrawn, at(2025, 6, 10, 11, 0));

        // Seed 002: Servicenämnden's statement on the audit report about the purchaser-provider model.
        CaseSummary audit = cases.register(new NewCase(CaseType.AUDIT_REPORT, "Granskning av Beställar-utförarmodellen i Borås Stad",
                "Revisionsrapport om beställar-utförarmodellen", "Stadsrevisionen", LocalDate.of(2020, 3, 2),
                cast.bodies().get("KS"), "KS", cast.clerk()), at(2020, 3, 2, 10, 0));
        long referral = referrals.send(audit.id(), Set.of(cast.bodies().get("SN")), LocalDate.of(2020, 3, 9), LocalDate.of(2020, 6, 30),
                cast.clerk()).get(0);
        // The seed gives no date for Servicenämnden's decision; the demo uses one within the referral's time.
        referrals.recordStatement(referral, new StatementDetails(text("demo/seed-002-summary.txt"), text("demo/seed-002-full.txt"),
                "Servicenämnden avger yttrande över Granskning av Beställar-utförarmodellen i Borås Stad",
                LocalDate.of(2020, 5, 19), String.join("\n",
                        "Stadsrevisionen, sre.diarium@boras.se",
                        "Tekniska nämnden, tek.diarium@boras.se",
                        "Lokalförsörjningsnämnden, LN.diarium@boras.se",
                        "Fritids-och Folkhälsoförvaltningen, ff.diarium@boras.se",
                        "Kommunstyrelsen, ks.diarium@boras.se"),
                List.of(new StatementDetails.Signatory("Micael Svensson", "Ordförande"),
                        new StatementDetails.Signatory("Kenneth Lundqvist", "Förvaltningschef")),
                List.of(new StatementDetails.BasisItem("Missiv", null),
                        new StatementDetails.BasisItem("Granskning av beställar-utförarmodellen", null)), StatementDetails.NEW), cast.clerk());
    }

    /**
     * The register entries of seed 003 (Styrmodell 2024 replaces the model adopted 27 November 2019
     * § 218) and seed 001 (the action plan adopted by KS 11 December 2023 § 217). Seed 003 gives no
     * date for the council's meeting (KS prepared it 21 October 2024) nor review intervals: the demo
     * uses November 2024 and once per term of office (48 months).
     */
    long loadGoverningDocuments(Cast cast) {
        long council = cast.bodies().get("KF");
        long styrmodell2019 = governingDocuments.adopt(new GoverningDocumentDetails(DocumentType.GOVERNANCE_MODEL,
                "Styrmodell för Alingsås kommun, reviderad 2019", council, "KF 2019-11-27 § 218",
                LocalDate.of(2019, 11, 27), LocalDate.of(2020, 1, 1), 48, null, null, 0));
        long styrmodell2024 = governingDocuments.adopt(new GoverningDocumentDetails(DocumentType.GOVERNANCE_MODEL, "Styrmodell för Alingsås kommun 2024",
                council, "KF § 149, ärende 2024.339 KS", LocalDate.of(2024, 11, 27), LocalDate.of(2025, 1, 1), 48, null,
                styrmodell2019, 0));
        governingDocuments.adopt(new GoverningDocumentDetails(DocumentType.PLAN,
                "Kommunkoncernövergripande ekonomisk handlingsplan för välfärdens finansiering", cast.bodies().get("KS"),
                "KS 2023-12-11 § 217", LocalDate.of(2023, 12, 11), LocalDate.of(2024, 1, 1), 12, null, null, 0));
        return styrmodell2024;
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SWEDEN).toInstant();
    }

    static String text(String resource) {
        try {
            return new String(new ClassPathResource(resource).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
