package se.sparbar.opendata.oparl;

import static se.sparbar.opendata.oparl.Values.amount;
import static se.sparbar.opendata.oparl.Values.dateText;
import static se.sparbar.opendata.oparl.Values.flag;
import static se.sparbar.opendata.oparl.Values.id;
import static se.sparbar.opendata.oparl.Values.ids;
import static se.sparbar.opendata.oparl.Values.instant;
import static se.sparbar.opendata.oparl.Values.key;
import static se.sparbar.opendata.oparl.Values.kind;
import static se.sparbar.opendata.oparl.Values.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.opendata.OpenDataProperties;
import se.sparbar.opendata.oparl.OParlRepository.Source;

/**
 * Builds the OParl objects from the published views. A page of any list runs a fixed number of
 * statements: the page itself, then one statement per kind of embedded object for the whole page.
 */
@Service
@Transactional(readOnly = true)
public class OParlApi {

    /** What a response says about itself: the JSON object and the newest {@code modified} in it. */
    public record Answer(Map<String, Object> body, Instant lastModified) {
    }

    /** A list of the API: its path and source. */
    public enum ListType {
        ORGANIZATIONS("/organizations", Source.ORGANIZATION),
        PERSONS("/persons", Source.PERSON),
        MEMBERSHIPS("/memberships", Source.MEMBERSHIP),
        MEETINGS("/meetings", Source.MEETING),
        AGENDA_ITEMS("/agenda-items", Source.AGENDA_ITEM),
        PAPERS("/papers", Source.PAPER),
        CONSULTATIONS("/consultations", Source.CONSULTATION),
        FILES("/files", Source.FILE),
        LOCATIONS("/locations", Source.LOCATION),
        ACTION_PLANS("/sparbar/action-plans", Source.ACTION_PLAN);

        final String path;
        final Source source;

        ListType(String path, Source source) {
            this.path = path;
            this.source = source;
        }
    }

    static final String LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/";
    /** The first term of office (mandatperiod) published; Swedish terms start on 15 October after the election. */
    static final int FIRST_TERM = 2018;

    private final OParlRepository repository;
    private final OParlUrls urls;
    private final Clock clock;
    private final ZoneId zone;

    OParlApi(OParlRepository repository, OpenDataProperties properties, Clock clock) {
        this.repository = repository;
        this.urls = new OParlUrls(properties);
        this.clock = clock;
        this.zone = clock.getZone();
    }

    // ---------------------------------------------------------------- System, Body, legislative terms

    public Answer system() {
        Map<String, Object> municipality = repository.municipality();
        OParlObject system = OParlObject.of(urls.system(), OParlUrls.SCHEMA + "System")
                .with("oparlVersion", OParlUrls.SCHEMA)
                .with("license", LICENSE)
                .with("body", urls.bodies())
                .with("name", "Spårbar – " + text(municipality, "name"))
                .with("website", urls.site("/"))
                .with("created", ts(municipality, "created"))
                .with("modified", ts(municipality, "modified"))
                .with("web", urls.site("/open-data"));
        return new Answer(system, instant(municipality, "modified"));
    }

    public Answer bodies() {
        Map<String, Object> municipality = repository.municipality();
        OParlObject page = new OParlObject().list("data", List.of(body(municipality)))
                .with("pagination", pagination(1, 1))
                .with("links", Map.of("first", urls.bodies(), "self", urls.bodies()));
        return new Answer(page, instant(municipality, "modified"));
    }

    public Answer body() {
        Map<String, Object> municipality = repository.municipality();
        return new Answer(body(municipality), instant(municipality, "modified"));
    }

    private OParlObject body(Map<String, Object> municipality) {
        return OParlObject.of(urls.body(), OParlUrls.SCHEMA + "Body")
                .with("system", urls.system())
                .with("name", text(municipality, "name"))
                .with("website", urls.site("/"))
                .with("license", LICENSE)
                .with("classification", "Kommun")
                .with("organization", urls.api("/organizations"))
                .with("person", urls.api("/persons"))
                .with("meeting", urls.api("/meetings"))
                .with("paper", urls.api("/papers"))
                .list("legislativeTerm", terms(municipality))
                .with("agendaItem", urls.api("/agenda-items"))
                .with("consultation", urls.api("/consultations"))
                .with("file", urls.api("/files"))
                .with("locationList", urls.api("/locations"))
                .with("legislativeTermList", urls.api("/legislative-terms"))
                .with("membership", urls.api("/memberships"))
                .with("sparbar:actionPlan", urls.api("/sparbar/action-plans"))
                .with("created", ts(municipality, "created"))
                .with("modified", ts(municipality, "modified"))
                .with("web", urls.site("/"));
    }

    private List<OParlObject> terms(Map<String, Object> municipality) {
        List<OParlObject> terms = new ArrayList<>();
        int current = currentTermStart();
        for (int year = FIRST_TERM; year <= current; year += 4) {
            terms.add(term(year, municipality));
        }
        return terms;
    }

    private int currentTermStart() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        while ((year - FIRST_TERM) % 4 != 0 || LocalDate.of(year, 10, 15).isAfter(today)) {
            year--;
        }
        return Math.max(year, FIRST_TERM);
    }

    private OParlObject term(int year, Map<String, Object> municipality) {
        return OParlObject.of(urls.legislativeTerm(year), OParlUrls.SCHEMA + "LegislativeTerm")
                .with("body", urls.body())
                .with("name", "Mandatperioden " + year + "–" + (year + 4))
                .with("startDate", LocalDate.of(year, 10, 15).toString())
                .with("endDate", LocalDate.of(year + 4, 10, 14).toString())
                .with("created", ts(municipality, "created"))
                .with("modified", ts(municipality, "created"));
    }

    public Answer legislativeTerms() {
        Map<String, Object> municipality = repository.municipality();
        List<OParlObject> terms = terms(municipality);
        String self = urls.api("/legislative-terms");
        return new Answer(new OParlObject().list("data", terms).with("pagination", pagination(terms.size(), terms.size()))
                .with("links", Map.of("first", self, "self", self)), instant(municipality, "created"));
    }

    public Answer legislativeTerm(int year) {
        if (year < FIRST_TERM || year > currentTermStart() || (year - FIRST_TERM) % 4 != 0) {
            throw OParlException.notFound("legislative term " + year);
        }
        Map<String, Object> municipality = repository.municipality();
        return new Answer(term(year, municipality), instant(municipality, "created"));
    }

    // ---------------------------------------------------------------- lists and single objects

    public Answer list(ListType type, ListQuery query) {
        List<Map<String, Object>> rows = repository.page(type.source, query);
        boolean more = rows.size() > query.limit();
        if (more) {
            rows = rows.subList(0, query.limit());
        }
        List<OParlObject> data = objects(type, rows, !query.omitInternal());
        String listUrl = urls.api(type.path);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("first", query.first(listUrl));
        links.put("self", query.self(listUrl));
        if (more) {
            Map<String, Object> last = rows.get(rows.size() - 1);
            links.put("next", query.next(listUrl, kind(last), key(last)));
        }
        OParlObject page = new OParlObject().list("data", data);
        Map<String, Object> pagination = new LinkedHashMap<>();
        if (query.firstPage()) {
            // counted once, on the first page: later pages stay as cheap as the first
            long total = repository.count(type.source, query);
            pagination.put("totalElements", total);
            pagination.put("totalPages", Math.max(1, (total + query.limit() - 1) / query.limit()));
            pagination.put("currentPage", 1);
        }
        pagination.put("elementsPerPage", query.limit());
        page.with("pagination", pagination).with("links", links);
        Instant newest = rows.stream().map(row -> instant(row, "modified")).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new Answer(page, newest);
    }

    public Answer one(ListType type, int kind, long id) {
        Map<String, Object> row = repository.one(type.source, kind, id)
                .orElseThrow(() -> OParlException.notFound(type.path.substring(1) + " " + id));
        return new Answer(objects(type, List.of(row), true).get(0), instant(row, "modified"));
    }

    private List<OParlObject> objects(ListType type, List<Map<String, Object>> rows, boolean embed) {
        List<Map<String, Object>> live = rows.stream().filter(row -> !flag(row, "deleted")).toList();
        return switch (type) {
            case ORGANIZATIONS -> organizations(rows, live);
            case PERSONS -> persons(rows, live, embed);
            case MEMBERSHIPS -> map(rows, this::membership);
            case MEETINGS -> meetings(rows, live, embed);
            case AGENDA_ITEMS -> agendaItems(rows, live);
            case PAPERS -> papers(rows, live, embed);
            case CONSULTATIONS -> map(rows, this::consultation);
            case FILES -> map(rows, this::file);
            case LOCATIONS -> map(rows, this::location);
            case ACTION_PLANS -> actionPlans(rows, live);
        };
    }

    private interface RowMapper {
        OParlObject map(Map<String, Object> row);
    }

    private List<OParlObject> map(List<Map<String, Object>> rows, RowMapper mapper) {
        List<OParlObject> objects = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            objects.add(flag(row, "deleted") ? deleted(row) : mapper.map(row));
        }
        return objects;
    }

    // ---------------------------------------------------------------- Organization, Person, Membership

    private List<OParlObject> organizations(List<Map<String, Object>> rows, List<Map<String, Object>> live) {
        Set<Long> bodies = idsOfKind(live, 1);
        Set<Long> parties = idsOfKind(live, 2);
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Map<String, Object> m : repository.where(Source.MEMBERSHIP, "org_id", union(bodies, parties), "o.k, o.id")) {
            members.computeIfAbsent(id(m, "org_k") + "-" + id(m, "org_id"), k -> new ArrayList<>())
                    .add(urls.membership(kind(m), key(m)));
        }
        return map(rows, row -> {
            int kind = kind(row);
            long id = key(row);
            boolean body = kind == 1;
            OParlObject org = OParlObject.of(urls.organization(kind, id), OParlUrls.SCHEMA + "Organization")
                    .with("body", urls.body())
                    .with("name", text(row, "name"))
                    .with("membership", members.getOrDefault(kind + "-" + id, List.of()))
                    .with("shortName", text(row, "short_name"))
                    .with("organizationType", body ? "Gremium" : "Fraktion")
                    .with("classification", classification(text(row, "org_type")));
            if (body) {
                org.with("meeting", urls.api("/meetings"));
            }
            return org.with("created", ts(row, "created")).with("modified", ts(row, "modified"))
                    .with("sparbar:active", flag(row, "active"));
        });
    }

    private static String classification(String type) {
        return switch (type) {
            case "COUNCIL" -> "Kommunfullmäktige";
            case "EXECUTIVE_BOARD" -> "Kommunstyrelse";
            case "COMMITTEE" -> "Nämnd";
            case "PARTY" -> "Partigrupp";
            default -> "Övrigt organ";
        };
    }

    private List<OParlObject> persons(List<Map<String, Object>> rows, List<Map<String, Object>> live, boolean embed) {
        Map<Long, List<OParlObject>> memberships = new LinkedHashMap<>();
        if (embed) {
            for (Map<String, Object> m : repository.where(Source.MEMBERSHIP, "person_id", idsOfKind(live, 1), "o.k, o.id")) {
                memberships.computeIfAbsent(id(m, "person_id"), k -> new ArrayList<>()).add(membership(m));
            }
        }
        return map(rows, row -> OParlObject.of(urls.person(key(row)), OParlUrls.SCHEMA + "Person")
                .with("body", urls.body())
                .with("name", text(row, "first_name") + " " + text(row, "last_name"))
                .with("familyName", text(row, "last_name"))
                .with("givenName", text(row, "first_name"))
                .with("membership", memberships.get(key(row)))
                .with("created", ts(row, "created"))
                .with("modified", ts(row, "modified")));
    }

    private OParlObject membership(Map<String, Object> row) {
        boolean party = kind(row) == 2;
        String role = text(row, "role");
        Long partyId = id(row, "party_id");
        return OParlObject.of(urls.membership(kind(row), key(row)), OParlUrls.SCHEMA + "Membership")
                .with("person", urls.person(id(row, "person_id")))
                .with("organization", urls.organization(party ? 2 : 1, id(row, "org_id")))
                .with("role", roleName(role))
                .with("votingRight", party ? null : !"SUBSTITUTE".equals(role))
                .with("startDate", dateText(row, "valid_from"))
                .with("endDate", dateText(row, "valid_to"))
                .with("onBehalfOf", !party && partyId != null ? urls.organization(2, partyId) : null)
                .with("created", ts(row, "created"))
                .with("modified", ts(row, "modified"));
    }

    private static String roleName(String role) {
        return switch (role) {
            case "CHAIR" -> "Ordförande";
            case "VICE_CHAIR" -> "Vice ordförande";
            case "MEMBER" -> "Ledamot";
            case "SUBSTITUTE" -> "Ersättare";
            default -> "Medlem";
        };
    }

    // ---------------------------------------------------------------- Meeting, Location, File

    private List<OParlObject> meetings(List<Map<String, Object>> rows, List<Map<String, Object>> live, boolean embed) {
        Map<Long, List<OParlObject>> items = new LinkedHashMap<>();
        if (embed) {
            Set<Long> posted = live.stream().filter(row -> "POSTED".equals(text(row, "status"))).map(Values::key)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            List<Map<String, Object>> itemRows = repository.where(Source.AGENDA_ITEM, "meeting_id", posted, "o.meeting_id, o.position");
            for (OParlObject item : agendaItems(itemRows, itemRows)) {
                items.computeIfAbsent(meetingIdOf(item), k -> new ArrayList<>()).add(item);
            }
        }
        return map(rows, row -> {
            long id = key(row);
            boolean posted = "POSTED".equals(text(row, "status"));
            return OParlObject.of(urls.meeting(id), OParlUrls.SCHEMA + "Meeting")
                    .with("name", text(row, "body_name") + " " + instant(row, "starts_at").atZone(zone).toLocalDate())
                    .with("meetingState", meetingState(text(row, "status")))
                    .with("cancelled", "CANCELLED".equals(text(row, "status")) ? Boolean.TRUE : null)
                    .with("start", ts(row, "starts_at"))
                    .with("end", ts(row, "ends_at"))
                    .with("location", location(row))
                    .with("organization", List.of(urls.organization(1, id(row, "body_id"))))
                    .with("resultsProtocol", posted ? file(row) : null)
                    .with("agendaItem", items.get(id))
                    .with("created", ts(row, "created"))
                    .with("modified", ts(row, "modified"))
                    .with("web", posted ? urls.site("/meetings/" + id + "/minutes") : null);
        });
    }

    private long meetingIdOf(OParlObject item) {
        String url = (String) item.get("meeting");
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private static String meetingState(String status) {
        return switch (status) {
            case "PLANNED" -> "planerat";
            case "HELD" -> "genomfört";
            case "ADJUSTED" -> "justerat";
            case "CANCELLED" -> "inställt";
            default -> "protokoll anslaget";
        };
    }

    private OParlObject location(Map<String, Object> row) {
        return OParlObject.of(urls.location(key(row)), OParlUrls.SCHEMA + "Location")
                .with("description", text(row, "place"))
                .with("meetings", List.of(urls.meeting(key(row))))
                .with("created", ts(row, "created"))
                .with("modified", ts(row, "modified"));
    }

    private OParlObject file(Map<String, Object> row) {
        long meetingId = key(row);
        LocalDate day = instant(row, "starts_at").atZone(zone).toLocalDate();
        return OParlObject.of(urls.file(meetingId), OParlUrls.SCHEMA + "File")
                .with("name", "Protokoll " + text(row, "body_name") + " " + day)
                .with("fileName", "protokoll-" + text(row, "abbreviation") + "-" + day + ".pdf")
                .with("mimeType", "application/pdf")
                .with("date", dateText(row, "posted_on"))
                .with("accessUrl", urls.site("/meetings/" + meetingId + "/minutes.pdf"))
                .with("meeting", List.of(urls.meeting(meetingId)))
                .with("license", LICENSE)
                .with("created", ts(row, row.containsKey("posted_at") ? "posted_at" : "created"))
                .with("modified", ts(row, "modified"))
                .with("web", urls.site("/meetings/" + meetingId + "/minutes"));
    }

    // ---------------------------------------------------------------- AgendaItem with the extension

    private List<OParlObject> agendaItems(List<Map<String, Object>> rows, List<Map<String, Object>> live) {
        Extension extension = new Extension(repository, urls, zone, live.stream().map(Values::key).toList());
        return map(rows, row -> {
            long id = key(row);
            Long motion = id(row, "motion_id");
            OParlObject item = OParlObject.of(urls.agendaItem(id), OParlUrls.SCHEMA + "AgendaItem")
                    .with("meeting", urls.meeting(id(row, "meeting_id")))
                    .with("number", "§ " + id(row, "number"))
                    .with("order", ((Number) row.get("position")).intValue())
                    .with("name", text(row, "title"))
                    .with("public", true)
                    .with("consultation", motion != null ? urls.consultation(id) : null)
                    .with("result", outcome(text(row, "outcome")))
                    .with("resolutionText", text(row, "decision_text"))
                    .with("license", LICENSE)
                    .with("created", ts(row, "created"))
                    .with("modified", ts(row, "modified"))
                    .with("web", urls.site("/paragraphs/" + id));
            extension.addTo(item, id, id(row, "body_id"), ts(row, "created"), ts(row, "modified"));
            return item;
        });
    }

    static String outcome(String outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case "APPROVED" -> "bifall";
            case "PARTLY_APPROVED" -> "delvis bifall";
            case "REJECTED" -> "avslag";
            case "ANSWERED" -> "besvarad";
            case "SENT_BACK" -> "återremiss";
            case "WRITTEN_OFF" -> "avskriven";
            case "ADOPTED" -> "antagen";
            case "TABLED" -> "bordlagd";
            case "NOTED" -> "noterad";
            case "ELECTED" -> "vald";
            default -> "övrigt";
        };
    }

    // ---------------------------------------------------------------- Paper, Consultation

    private List<OParlObject> papers(List<Map<String, Object>> rows, List<Map<String, Object>> live, boolean embed) {
        Set<Long> motions = idsOfKind(live, 1);
        Map<Long, List<OParlObject>> consultations = new LinkedHashMap<>();
        if (embed) {
            for (Map<String, Object> c : repository.where(Source.CONSULTATION, "motion_id", motions, "o.id")) {
                consultations.computeIfAbsent(id(c, "motion_id"), k -> new ArrayList<>()).add(consultation(c));
            }
        }
        Map<Long, List<String>> statements = new LinkedHashMap<>();
        for (Map<String, Object> s : repository.where(Source.PAPER, "motion_id", motions, "o.id")) {
            statements.computeIfAbsent(id(s, "motion_id"), k -> new ArrayList<>()).add(urls.paper(2, key(s)));
        }
        return map(rows, row -> {
            long id = key(row);
            boolean motion = kind(row) == 1;
            OParlObject paper = OParlObject.of(urls.paper(kind(row), id), OParlUrls.SCHEMA + "Paper")
                    .with("body", urls.body());
            if (motion) {
                List<String> originators = new ArrayList<>();
                originators.add(urls.person(id(row, "first_signatory_id")));
                ids(row, "cosigners").forEach(person -> originators.add(urls.person(person)));
                Long party = id(row, "party_id");
                paper.with("name", text(row, "name"))
                        .with("reference", text(row, "case_number"))
                        .with("date", instant(row, "submitted_at").atZone(zone).toLocalDate().toString())
                        .with("paperType", "Motion")
                        .with("relatedPaper", statements.get(id))
                        .with("originatorPerson", originators)
                        .with("originatorOrganization", party == null ? null : List.of(urls.organization(2, party)))
                        .with("consultation", consultations.get(id))
                        .with("web", urls.site("/motions/" + id));
            } else {
                long motionId = id(row, "motion_id");
                paper.with("name", "Yttrande från " + text(row, "name"))
                        .with("reference", text(row, "case_number"))
                        .with("date", dateText(row, "paper_date"))
                        .with("paperType", "Yttrande")
                        .with("relatedPaper", List.of(urls.paper(1, motionId)))
                        .with("originatorOrganization", List.of(urls.organization(1, id(row, "body_id"))))
                        .with("web", urls.site("/motions/" + motionId));
            }
            return paper.with("license", LICENSE).with("created", ts(row, "created")).with("modified", ts(row, "modified"));
        });
    }

    private OParlObject consultation(Map<String, Object> row) {
        long id = key(row);
        boolean authoritative = flag(row, "addressed") && text(row, "outcome") != null;
        return OParlObject.of(urls.consultation(id), OParlUrls.SCHEMA + "Consultation")
                .with("paper", urls.paper(1, id(row, "motion_id")))
                .with("agendaItem", urls.agendaItem(id))
                .with("meeting", urls.meeting(id(row, "meeting_id")))
                .with("organization", List.of(urls.organization(1, id(row, "body_id"))))
                .with("authoritative", authoritative)
                .with("role", authoritative ? "Beslut" : "Beredning")
                .with("created", ts(row, "created"))
                .with("modified", ts(row, "modified"));
    }

    // ---------------------------------------------------------------- extension: action plans

    private List<OParlObject> actionPlans(List<Map<String, Object>> rows, List<Map<String, Object>> live) {
        Set<Long> plans = idsOfKind(live, 1);
        List<Map<String, Object>> itemRows = repository.rows(
                "select * from actionplan_item_public_v where plan_id in (:values) order by plan_id, ordinal", plans);
        Set<Long> linked = new LinkedHashSet<>();
        itemRows.forEach(item -> linked.addAll(ids(item, "paragraphs")));
        Set<Long> published = repository.rows("select id from meeting_paragraph_public_v where id in (:values)", linked).stream()
                .map(Values::key).collect(Collectors.toSet());
        Map<Long, List<OParlObject>> reports = new LinkedHashMap<>();
        for (Map<String, Object> r : repository.rows(
                "select * from actionplan_progress_public_v where plan_id in (:values) order by item_id, reported_on, id", plans)) {
            String at = ts(r, "created");
            reports.computeIfAbsent(id(r, "item_id"), k -> new ArrayList<>()).add(
                    OParlObject.of(urls.actionPlan(id(r, "plan_id")) + "#report-" + key(r), urls.extensionType("ProgressReport"))
                            .with("date", dateText(r, "reported_on"))
                            .with("status", text(r, "status").toLowerCase().replace('_', '-'))
                            .with("text", text(r, "report_text"))
                            .with("realisedAmountSek", amount(r, "realised_amount_sek"))
                            .with("realisedBudgetYear", r.get("realised_budget_year"))
                            .with("created", at)
                            .with("modified", ts(r, "modified")));
        }
        Map<Long, List<OParlObject>> items = new LinkedHashMap<>();
        for (Map<String, Object> i : itemRows) {
            long plan = id(i, "plan_id");
            items.computeIfAbsent(plan, k -> new ArrayList<>()).add(
                    OParlObject.of(urls.actionPlan(plan) + "#item-" + key(i), urls.extensionType("ActionItem"))
                            .with("order", ((Number) i.get("ordinal")).intValue())
                            .with("name", text(i, "title"))
                            .with("responsible", text(i, "responsible_text"))
                            .with("timeline", text(i, "timeline_text"))
                            .with("dueDate", dateText(i, "due_on"))
                            .with("nextDueDate", dateText(i, "next_due_on"))
                            .with("effect", text(i, "effect_kind").toLowerCase().replace('_', '-'))
                            .with("plannedAmountSek", amount(i, "planned_amount_sek"))
                            .with("budgetYear", i.get("budget_year"))
                            .with("realisedAmountSek", amount(i, "realised_amount_sek"))
                            .with("status", text(i, "status").toLowerCase().replace('_', '-'))
                            .with("agendaItem", ids(i, "paragraphs").stream().filter(published::contains).map(urls::agendaItem).toList())
                            .with("progressReport", reports.get(key(i)))
                            .with("created", ts(i, "created"))
                            .with("modified", ts(i, "modified")));
        }
        Map<Long, List<OParlObject>> followUps = new LinkedHashMap<>();
        for (Map<String, Object> f : repository.rows(
                "select * from actionplan_follow_up_public_v where plan_id in (:values) order by plan_id, closes_on, id", plans)) {
            followUps.computeIfAbsent(id(f, "plan_id"), k -> new ArrayList<>()).add(
                    OParlObject.of(urls.actionPlan(id(f, "plan_id")) + "#follow-up-" + key(f), urls.extensionType("FollowUpReport"))
                            .with("date", dateText(f, "closes_on"))
                            .with("organization", urls.organization(1, id(f, "body_id")))
                            .with("created", ts(f, "created"))
                            .with("modified", ts(f, "modified")));
        }
        return map(rows, row -> {
            long id = key(row);
            Long paragraph = id(row, "paragraph_id");
            Long motion = id(row, "motion_id");
            return OParlObject.of(urls.actionPlan(id), urls.extensionType("ActionPlan"))
                    .with("name", text(row, "title"))
                    .with("purpose", text(row, "purpose"))
                    .with("organization", urls.organization(1, id(row, "owner_body_id")))
                    .with("agendaItem", paragraph == null ? null : urls.agendaItem(paragraph))
                    .with("paper", motion == null ? null : urls.paper(1, motion))
                    .with("adoptedReference", text(row, "adopted_reference"))
                    .with("adoptedOn", dateText(row, "adopted_on"))
                    .with("startDate", dateText(row, "period_from"))
                    .with("endDate", dateText(row, "period_to"))
                    .with("status", text(row, "status").toLowerCase())
                    .with("item", items.get(id))
                    .with("followUpReport", followUps.get(id))
                    .with("license", LICENSE)
                    .with("created", ts(row, "created"))
                    .with("modified", ts(row, "modified"))
                    .with("web", urls.site("/action-plans/" + id));
        });
    }

    // ---------------------------------------------------------------- helpers

    private OParlObject deleted(Map<String, Object> row) {
        // the only deleted objects are withdrawn motions
        return OParlObject.of(urls.paper(kind(row), key(row)), OParlUrls.SCHEMA + "Paper")
                .with("created", ts(row, "created"))
                .with("modified", ts(row, "modified"))
                .with("deleted", true);
    }

    private String ts(Map<String, Object> row, String column) {
        return Values.timestamp(row, column, zone);
    }

    private static Set<Long> idsOfKind(List<Map<String, Object>> rows, int kind) {
        return rows.stream().filter(row -> kind(row) == kind).map(Values::key).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, Object> pagination(long total, int perPage) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("totalElements", total);
        pagination.put("elementsPerPage", perPage);
        pagination.put("currentPage", 1);
        pagination.put("totalPages", 1);
        return pagination;
    }
}
