package se.sparbar.opendata.oparl;

import static se.sparbar.opendata.oparl.Values.id;
import static se.sparbar.opendata.oparl.Values.ids;
import static se.sparbar.opendata.oparl.Values.key;
import static se.sparbar.opendata.oparl.Values.text;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What OParl lacks, on an AgendaItem (a minutes paragraph), under the {@code sparbar:} prefix:
 * proposals (Popolo Motion), the decision procedure's steps, roll-call votes (Popolo VoteEvent with
 * counts and every member's vote, absent members included, and the chair's casting vote),
 * reservations, non-participation (recusal), protocol notes, corrections, and the action plans and
 * items that carry the decision out. Loaded for a whole page of paragraphs at once: one statement
 * per kind, whatever the page size.
 */
final class Extension {

    private final OParlUrls urls;
    private final ZoneId zone;
    private final Map<Long, List<Map<String, Object>>> proposals;
    private final Map<Long, List<Map<String, Object>>> steps;
    private final Map<Long, List<Map<String, Object>>> votes;
    private final Map<Long, List<Map<String, Object>>> reservations;
    private final Map<Long, List<Map<String, Object>>> nonParticipation;
    private final Map<Long, List<Map<String, Object>>> notes;
    private final Map<Long, List<Map<String, Object>>> corrections;
    private final Map<Long, List<Map<String, Object>>> plans;
    private final Map<Long, List<Map<String, Object>>> items;
    private final Map<Long, Map<String, Object>> people = new LinkedHashMap<>();

    Extension(OParlRepository repository, OParlUrls urls, ZoneId zone, Collection<Long> paragraphs) {
        this.urls = urls;
        this.zone = zone;
        proposals = byParagraph(repository.rows("select * from meeting_proposal_public_v where paragraph_id in (:values) order by paragraph_id, ordinal", paragraphs));
        steps = byParagraph(repository.rows("select * from meeting_decision_step_public_v where paragraph_id in (:values) order by paragraph_id, ordinal", paragraphs));
        votes = by(repository.rows("""
                select v.step_id, v.paragraph_id, v.person_id, v.option, p.first_name, p.last_name, p.party_id
                from meeting_vote_public_v v join organisation_person_public_v p on p.id = v.person_id
                where v.paragraph_id in (:values) order by v.step_id, v.ordinal""", paragraphs), "step_id");
        reservations = byParagraph(repository.rows("select * from meeting_reservation_public_v where paragraph_id in (:values) order by paragraph_id, id", paragraphs));
        nonParticipation = byParagraph(repository.rows("select * from meeting_non_participation_public_v where paragraph_id in (:values) order by paragraph_id, id", paragraphs));
        notes = byParagraph(repository.rows("select * from meeting_protocol_note_public_v where paragraph_id in (:values) order by paragraph_id, id", paragraphs));
        corrections = byParagraph(repository.rows("select * from meeting_correction_public_v where paragraph_id in (:values) order by paragraph_id, corrected_at, id", paragraphs));
        plans = by(repository.rows("select id, adopted_by_paragraph_id from actionplan_plan_public_v where adopted_by_paragraph_id in (:values) order by id", paragraphs), "adopted_by_paragraph_id");
        items = by(repository.rows("""
                select l.paragraph_id, i.id, i.plan_id from actionplan_item_public_v i
                cross join lateral unnest(string_to_array(i.paragraphs, ',')::bigint[]) as l(paragraph_id)
                where l.paragraph_id in (:values) order by l.paragraph_id, i.plan_id, i.ordinal""", paragraphs), "paragraph_id");
        Set<Long> persons = new LinkedHashSet<>();
        for (var list : List.of(proposals, reservations, nonParticipation, notes)) {
            list.values().forEach(rows -> rows.forEach(row -> {
                for (String column : List.of("mover_person_id", "person_id", "consented_by_person_id")) {
                    if (id(row, column) != null) {
                        persons.add(id(row, column));
                    }
                }
                persons.addAll(ids(row, "supporters"));
            }));
        }
        steps.values().forEach(rows -> rows.forEach(row -> {
            if (id(row, "casting_person_id") != null) {
                persons.add(id(row, "casting_person_id"));
            }
        }));
        for (Map<String, Object> person : repository.rows("select id, first_name, last_name, party_id from organisation_person_public_v where id in (:values)", persons)) {
            people.put(key(person), person);
        }
    }

    void addTo(OParlObject item, long paragraph, long bodyId, String created, String modified) {
        String base = urls.agendaItem(paragraph);
        Map<Long, String> proposalIds = new LinkedHashMap<>();
        for (Map<String, Object> p : proposals.getOrDefault(paragraph, List.of())) {
            proposalIds.put(key(p), base + "#proposal-" + key(p));
        }
        List<Map<String, Object>> stepRows = steps.getOrDefault(paragraph, List.of());
        Long finalWinner = stepRows.isEmpty() ? null : id(stepRows.get(stepRows.size() - 1), "winning_proposal_id");
        boolean decided = item.containsKey("result");

        List<OParlObject> proposalObjects = new ArrayList<>();
        for (Map<String, Object> p : proposals.getOrDefault(paragraph, List.of())) {
            boolean passed = finalWinner != null ? finalWinner == key(p) : decided && proposalIds.size() == 1;
            List<String> supporters = ids(p, "supporters").stream().map(urls::person).toList();
            proposalObjects.add(ext(proposalIds.get(key(p)), "Proposal", created, modified)
                    .with("order", ((Number) p.get("ordinal")).intValue())
                    .with("label", text(p, "label"))
                    .with("text", text(p, "proposal_text"))
                    .with("classification", text(p, "kind").toLowerCase().replace('_', '-'))
                    .with("preference", text(p, "preference").toLowerCase().replace('_', '-'))
                    .with("creator", id(p, "mover_person_id") == null ? null : urls.person(id(p, "mover_person_id")))
                    .with("creatorName", name(id(p, "mover_person_id")))
                    .with("supporters", supporters)
                    .with("result", decided ? (passed ? "pass" : "fail") : null));
        }

        List<OParlObject> stepObjects = new ArrayList<>();
        for (Map<String, Object> s : stepRows) {
            long step = key(s);
            boolean vote = "VOTE".equals(text(s, "kind"));
            boolean firstWon = id(s, "winning_proposal_id").equals(id(s, "first_proposal_id"));
            OParlObject stepObject = ext(base + "#step-" + step, "DecisionStep", created, modified)
                    .with("order", ((Number) s.get("ordinal")).intValue())
                    .with("classification", vote ? "vote" : "proposition")
                    .with("first", proposalIds.get(id(s, "first_proposal_id")))
                    .with("second", proposalIds.get(id(s, "second_proposal_id")))
                    .with("winner", proposalIds.get(id(s, "winning_proposal_id")))
                    .with("finding", text(s, "finding"));
            if (vote) {
                stepObject.with("voteEvent", voteEvent(s, base, created, modified, proposalIds, firstWon, bodyId));
            }
            stepObjects.add(stepObject);
        }

        List<OParlObject> reservationObjects = new ArrayList<>();
        for (Map<String, Object> r : reservations.getOrDefault(paragraph, List.of())) {
            Long party = id(r, "party_id");
            reservationObjects.add(ext(base + "#reservation-" + key(r), "Reservation", created, modified)
                    .with("person", urls.person(id(r, "person_id")))
                    .with("personName", name(id(r, "person_id")))
                    .with("group", party == null ? null : urls.organization(2, party))
                    .with("writtenReason", text(r, "written_text"))
                    .with("writtenReasonReceived", Values.timestamp(r, "written_received_at", zone)));
        }
        List<OParlObject> absentObjects = new ArrayList<>();
        for (Map<String, Object> n : nonParticipation.getOrDefault(paragraph, List.of())) {
            absentObjects.add(ext(base + "#non-participation-" + key(n), "NonParticipation", created, modified)
                    .with("person", urls.person(id(n, "person_id")))
                    .with("personName", name(id(n, "person_id")))
                    .with("classification", switch (text(n, "kind")) {
                        case "CONFLICT_OF_INTEREST" -> "conflict-of-interest";
                        case "NOT_IN_HANDLING_AND_DECISION" -> "not-in-handling-and-decision";
                        default -> "not-in-decision";
                    }));
        }
        List<OParlObject> noteObjects = new ArrayList<>();
        for (Map<String, Object> n : notes.getOrDefault(paragraph, List.of())) {
            noteObjects.add(ext(base + "#note-" + key(n), "ProtocolNote", created, modified)
                    .with("person", urls.person(id(n, "person_id")))
                    .with("personName", name(id(n, "person_id")))
                    .with("text", text(n, "note_text"))
                    .with("consentedBy", urls.person(id(n, "consented_by_person_id"))));
        }
        List<OParlObject> correctionObjects = new ArrayList<>();
        for (Map<String, Object> c : corrections.getOrDefault(paragraph, List.of())) {
            String at = Values.timestamp(c, "corrected_at", zone);
            correctionObjects.add(ext(base + "#correction-" + key(c), "Correction", at, at)
                    .with("description", text(c, "description"))
                    .with("reason", text(c, "reason"))
                    .with("date", at));
        }
        item.with("sparbar:proposal", proposalObjects)
                .with("sparbar:decisionStep", stepObjects)
                .with("sparbar:reservation", reservationObjects)
                .with("sparbar:nonParticipation", absentObjects)
                .with("sparbar:protocolNote", noteObjects)
                .with("sparbar:correction", correctionObjects)
                .with("sparbar:actionPlan", plans.getOrDefault(paragraph, List.of()).stream().map(p -> urls.actionPlan(key(p))).toList())
                .with("sparbar:actionItem", items.getOrDefault(paragraph, List.of()).stream()
                        .map(i -> urls.actionPlan(id(i, "plan_id")) + "#item-" + key(i)).toList());
    }

    private OParlObject voteEvent(Map<String, Object> step, String base, String created, String modified,
                                  Map<Long, String> proposalIds, boolean firstWon, long bodyId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String option : List.of("yes", "no", "abstain", "absent")) {
            counts.put(option, 0);
        }
        List<OParlObject> ballots = new ArrayList<>();
        for (Map<String, Object> v : votes.getOrDefault(key(step), List.of())) {
            String option = text(v, "option");
            counts.merge(option, 1, Integer::sum);
            Long party = id(v, "party_id");
            ballots.add(new OParlObject()
                    .with("voter", urls.person(id(v, "person_id")))
                    .with("voterName", text(v, "first_name") + " " + text(v, "last_name"))
                    .with("option", option)
                    .with("group", party == null ? null : urls.organization(2, party)));
        }
        List<Map<String, Object>> countList = new ArrayList<>();
        counts.forEach((option, value) -> countList.add(Map.of("option", option, "value", value)));
        OParlObject event = ext(base + "#vote-" + key(step), "VoteEvent", created, modified)
                .with("motion", proposalIds.get(id(step, "first_proposal_id")))
                .with("againstMotion", proposalIds.get(id(step, "second_proposal_id")))
                .with("organization", urls.organization(1, bodyId))
                .with("result", firstWon ? "pass" : "fail")
                .list("counts", countList)
                .list("votes", ballots);
        if ("CASTING_VOTE".equals(text(step, "decided_by"))) {
            event.with("castingVote", new OParlObject()
                    .with("voter", urls.person(id(step, "casting_person_id")))
                    .with("voterName", name(id(step, "casting_person_id")))
                    .with("option", firstWon ? "yes" : "no"));
        }
        return event;
    }

    private OParlObject ext(String id, String type, String created, String modified) {
        return OParlObject.of(id, urls.extensionType(type)).with("created", created).with("modified", modified);
    }

    private String name(Long person) {
        Map<String, Object> row = person == null ? null : people.get(person);
        return row == null ? null : text(row, "first_name") + " " + text(row, "last_name");
    }

    private static Map<Long, List<Map<String, Object>>> byParagraph(List<Map<String, Object>> rows) {
        return by(rows, "paragraph_id");
    }

    private static Map<Long, List<Map<String, Object>>> by(List<Map<String, Object>> rows, String column) {
        Map<Long, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            grouped.computeIfAbsent(id(row, column), k -> new ArrayList<>()).add(row);
        }
        return grouped;
    }
}
