package se.sparbar.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.organisation.domain.Bodies;
import se.sparbar.organisation.BodyType;
import se.sparbar.organisation.Commands.BodyDetails;
import se.sparbar.organisation.Commands.MembershipDetails;
import se.sparbar.organisation.Commands.NewUserAccount;
import se.sparbar.organisation.Commands.PartyDetails;
import se.sparbar.organisation.Commands.PersonDetails;
import se.sparbar.organisation.MembershipRole;
import se.sparbar.organisation.domain.Parties;
import se.sparbar.organisation.domain.People;
import se.sparbar.organisation.Role;
import se.sparbar.organisation.domain.UserAccounts;
import se.sparbar.settings.Settings;
import se.sparbar.settings.SettingsChange;

/**
 * Loads the demo municipality once, into an empty database. The bodies come from seeds 001-003,
 * the council members and their parties from the minutes paragraph in seed 003 (§ 149, Alingsås),
 * the councillor account's person from the motion in seed 000.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "sparbar.demo.enabled", havingValue = "true")
class DemoMunicipality implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);

    /** Term of office 2023–2026, the term of seed 003's meeting (2024). */
    private static final LocalDate TERM_START = LocalDate.of(2023, 1, 1);
    private static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);

    private final Settings settings;
    private final UserAccounts accounts;
    private final Bodies bodies;
    private final Parties parties;
    private final People people;
    private final DemoState state;
    private final DemoCases demoCases;
    private final DemoMeetings demoMeetings;
    private final DemoActionPlans demoActionPlans;
    private final DemoFiles demoFiles;
    private final TransactionTemplate transaction;

    DemoMunicipality(Settings settings, UserAccounts accounts, Bodies bodies, Parties parties, People people, DemoState state,
                     DemoCases demoCases, DemoMeetings demoMeetings, DemoActionPlans demoActionPlans, DemoFiles demoFiles,
                     PlatformTransactionManager transactionManager) {
        this.demoFiles = demoFiles;
        this.demoCases = demoCases;
        this.demoMeetings = demoMeetings;
        this.demoActionPlans = demoActionPlans;
        this.transaction = new TransactionTemplate(transactionManager);
        this.settings = settings;
        this.accounts = accounts;
        this.bodies = bodies;
        this.parties = parties;
        this.people = people;
        this.state = state;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!state.isEmpty()) {
            log.info("Demo mode: the database already holds data; nothing loaded. Demo logins (if loaded before): councillor, clerk, official, admin / password '{}'", DEMO_PASSWORD);
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Demo mode: loaded the demo municipality. Log in as councillor, councillor2, clerk, official or admin with password '{}'", DEMO_PASSWORD);
    }

    /** All or nothing: one transaction, so a failure leaves the database empty for the next start. */
    private void load() {
        var current = settings.current();
        settings.change(new SettingsChange("Alingsås kommun (demo)", "{yyyy}.{seq} KS", 12, 21, 7, "08-31,12-31", 14, current.version()));

        Map<String, Long> body = new HashMap<>();
        body.put("KF", bodies.create(new BodyDetails("KF", "Kommunfullmäktige", BodyType.COUNCIL, 0)));
        body.put("KS", bodies.create(new BodyDetails("KS", "Kommunstyrelsen", BodyType.EXECUTIVE_BOARD, 0)));
        body.put("SN", bodies.create(new BodyDetails("SN", "Servicenämnden", BodyType.COMMITTEE, 0)));
        body.put("TN", bodies.create(new BodyDetails("TN", "Tekniska nämnden", BodyType.COMMITTEE, 0)));
        body.put("LFN", bodies.create(new BodyDetails("LFN", "Lokalförsörjningsnämnden", BodyType.COMMITTEE, 0)));
        body.put("FFN", bodies.create(new BodyDetails("FFN", "Fritids- och folkhälsonämnden", BodyType.COMMITTEE, 0)));

        Map<String, Long> party = new HashMap<>();
        for (String[] p : List.of(
                new String[] {"M", "Moderaterna"}, new String[] {"C", "Centerpartiet"},
                new String[] {"S", "Socialdemokraterna"}, new String[] {"L", "Liberalerna"},
                new String[] {"V", "Vänsterpartiet"}, new String[] {"KD", "Kristdemokraterna"},
                new String[] {"MP", "Miljöpartiet de gröna"}, new String[] {"SD", "Sverigedemokraterna"},
                new String[] {"-", "Partipolitiskt obunden"})) {
            party.put(p[0], parties.create(new PartyDetails(p[0], p[1], 0)));
        }

        long councillor = accounts.create(new NewUserAccount("councillor", "Frida Sigfrids", null, DEMO_PASSWORD, Set.of(Role.COUNCILLOR)));
        long councillor2 = accounts.create(new NewUserAccount("councillor2", "Heidi Hankanen Ängberg", null, DEMO_PASSWORD, Set.of(Role.COUNCILLOR)));
        long clerk = accounts.create(new NewUserAccount("clerk", "Karin Registrator", "Nämndsekreterare", DEMO_PASSWORD, Set.of(Role.CLERK)));
        long official = accounts.create(new NewUserAccount("official", "Erik Ekonom", "Ekonomichef", DEMO_PASSWORD, Set.of(Role.OFFICIAL)));
        long admin = accounts.create(new NewUserAccount("admin", "Anna Administratör", "Systemförvaltare", DEMO_PASSWORD, Set.of(Role.ADMIN)));
        // demo addresses (the reserved .example domain): the demo's mail goes to its own GreenMail server
        accounts.setEmail(councillor, "frida.sigfrids@demo.example");
        accounts.setEmail(councillor2, "heidi.hankanen.angberg@demo.example");
        accounts.setEmail(clerk, "karin.registrator@demo.example");
        accounts.setEmail(official, "erik.ekonom@demo.example");
        accounts.setEmail(admin, "anna.administrator@demo.example");

        // The speakers of seed 003, § 149, as written there: "Förnamn Efternamn (Parti)".
        String[][] councilMembers = {
                {"Daniel", "Filipsson", "M"}, {"Heidi", "Hankanen Ängberg", "C"}, {"Simon", "Waern", "S"},
                {"Jens Christian", "Berlin", "L"}, {"Sanna", "Dabolins", "V"}, {"Lady France", "Mulumba", "KD"},
                {"Amanda", "Andersson", "MP"}, {"Eva-Lotta", "Pamp", "M"}, {"Marcus", "Wallin", "V"},
                {"Rebecka", "Gustin", "S"}, {"Boris", "Jernskiegg", "-"}, {"Annika", "Qarlsson", "C"},
                {"Holger", "Andersson", "L"}, {"Thomas", "Thim", "M"}, {"Birgit", "Börjesson", "S"}};
        Map<String, Long> person = new HashMap<>();
        for (String[] member : councilMembers) {
            Long account = "Hankanen Ängberg".equals(member[1]) ? councillor2 : null;
            long id = people.create(new PersonDetails(member[0], member[1], party.get(member[2]), account, 0));
            people.addMembership(id, new MembershipDetails(body.get("KF"), MembershipRole.MEMBER, TERM_START, TERM_END, 0));
            // two Anderssons sit in the council: keep them apart by party
            person.put(person.containsKey(member[1]) || "Andersson".equals(member[1]) ? member[1] + " (" + member[2] + ")" : member[1], id);
        }
        // The filer of seed 000's motion, linked to the councillor login. Her party is not in the seed.
        long frida = people.create(new PersonDetails("Frida", "Sigfrids", null, councillor, 0));
        people.addMembership(frida, new MembershipDetails(body.get("KF"), MembershipRole.MEMBER, TERM_START, TERM_END, 0));
        person.put("Sigfrids", frida);

        // The executive board (kommunstyrelsen): a few of the council's members, for its meetings.
        people.addMembership(person.get("Filipsson"), new MembershipDetails(body.get("KS"), MembershipRole.CHAIR, TERM_START, TERM_END, 0));
        people.addMembership(person.get("Waern"), new MembershipDetails(body.get("KS"), MembershipRole.VICE_CHAIR, TERM_START, TERM_END, 0));
        for (String member : List.of("Hankanen Ängberg", "Berlin", "Dabolins", "Pamp", "Gustin")) {
            people.addMembership(person.get(member), new MembershipDetails(body.get("KS"), MembershipRole.MEMBER, TERM_START, TERM_END, 0));
        }
        people.addMembership(person.get("Thim"), new MembershipDetails(body.get("KS"), MembershipRole.SUBSTITUTE, TERM_START, TERM_END, 0));
        // The clerk keeps the minutes as the meetings' secretary.
        person.put("Registrator", people.create(new PersonDetails("Karin", "Registrator", null, clerk, 0)));

        DemoCases.Cast cast = new DemoCases.Cast(person, body, councillor, clerk);
        demoCases.load(cast);
        long styrmodell2024 = demoCases.loadGoverningDocuments(cast);
        demoMeetings.load(cast, styrmodell2024);
        demoActionPlans.load(cast);
        demoFiles.load(cast);
    }
}
