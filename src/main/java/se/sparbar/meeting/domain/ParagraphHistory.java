package se.sparbar.meeting.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.sparbar.audit.HistoryContributor;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.Directory;
import se.sparbar.organisation.PersonRef;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.Cases;

/**
 * A minutes paragraph's history told in full: besides its own texts, every change to its parts —
 * speakers, proposals and their supporters, the decision steps and votes, who took no part,
 * reservations, protocol notes, distribution and decision basis — with names instead of ids and
 * statuses in the reader's language. Read from the audit trail (Envers) of this module's own tables.
 */
@Component
class ParagraphHistory implements HistoryContributor {

    private static final int SHOWN_TEXT = 300;

    private final EntityManager entityManager;
    private final Directory directory;
    private final Cases cases;
    private final Minutes minutes;
    private final MeetingRepository meetings;
    private final MessageSource messages;

    ParagraphHistory(EntityManager entityManager, Directory directory, Cases cases, Minutes minutes, MeetingRepository meetings,
                     MessageSource messages) {
        this.entityManager = entityManager;
        this.directory = directory;
        this.cases = cases;
        this.minutes = minutes;
        this.meetings = meetings;
        this.messages = messages;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("MinutesParagraph");
    }

    /** A part's row at one revision. */
    private record Row<T>(T snapshot, long revision, RevisionType type) {
    }

    @Override
    public List<PartChange> partChanges(String entityName, long id, Locale locale) {
        List<Row<ParagraphSpeaker>> speakers = rows(ParagraphSpeaker.class, id);
        List<Row<ParagraphProposal>> proposals = rows(ParagraphProposal.class, id);
        List<Row<DecisionStep>> steps = rows(DecisionStep.class, id);
        List<Row<NonParticipation>> recusals = rows(NonParticipation.class, id);
        List<Row<Reservation>> reservations = rows(Reservation.class, id);
        List<Row<ProtocolNote>> notes = rows(ProtocolNote.class, id);
        List<Row<DistributionEntry>> distribution = rows(DistributionEntry.class, id);
        List<Row<BasisItem>> basis = rows(BasisItem.class, id);

        Set<Long> personIds = new HashSet<>();
        speakers.forEach(r -> personIds.add(r.snapshot().getPersonId()));
        proposals.forEach(r -> {
            if (r.snapshot().getMoverId() != null) {
                personIds.add(r.snapshot().getMoverId());
            }
            personIds.addAll(r.snapshot().getSupporters());
        });
        steps.forEach(r -> {
            r.snapshot().getBallots().forEach(b -> personIds.add(b.getPersonId()));
            if (r.snapshot().getCastingPersonId() != null) {
                personIds.add(r.snapshot().getCastingPersonId());
            }
        });
        recusals.forEach(r -> personIds.add(r.snapshot().getPersonId()));
        reservations.forEach(r -> personIds.add(r.snapshot().getPersonId()));
        notes.forEach(r -> personIds.add(r.snapshot().getPersonId()));
        Map<Long, PersonRef> people = directory.people(personIds);
        Function<Long, String> name = personId -> {
            PersonRef person = people.get(personId);
            return person == null ? "#" + personId : person.nameWithParty();
        };
        Map<Long, String> proposalLabels = new HashMap<>();
        proposals.stream().filter(r -> r.type() != RevisionType.DEL)
                .forEach(r -> proposalLabels.put(r.snapshot().getId(), r.snapshot().getLabel()));

        List<PartChange> changes = new ArrayList<>();
        speakers.forEach(r -> added(changes, r, "paragraph.speakers", name.apply(r.snapshot().getPersonId())));
        proposalChanges(changes, proposals, name, locale);
        stepChanges(changes, steps, proposalLabels, name, locale);
        recusals.forEach(r -> added(changes, r, "paragraph.nonParticipants", name.apply(r.snapshot().getPersonId()) + " – "
                + message("nonParticipationKind." + r.snapshot().getKind(), locale)));
        reservationChanges(changes, reservations, name, locale);
        notes.forEach(r -> added(changes, r, "paragraph.notes", name.apply(r.snapshot().getPersonId()) + ": "
                + shorten(r.snapshot().getText())));
        listChanges(changes, distribution, "paragraph.distribution", DistributionEntry::getOrdinal, DistributionEntry::getRecipient);
        listChanges(changes, basis, "paragraph.basis", BasisItem::getOrdinal, BasisItem::getTitle);
        return changes;
    }

    @Override
    public Optional<String> value(String entityName, String field, Object value, Locale locale) {
        return switch (field) {
            case "outcome" -> Optional.of(message("outcome." + ((ParagraphOutcome) value).name(), locale));
            case "bodyId" -> directory.body((Long) value).map(BodyRef::name);
            case "caseId" -> Optional.ofNullable(cases.findAll(List.of((Long) value)).get(value)).map(CaseSummary::caseNumber);
            case "preparationParagraphId" -> Optional.ofNullable(minutes.references(List.of((Long) value)).get(value))
                    .map(ParagraphView.Reference::label);
            case "meetingId" -> meetings.findById((Long) value).map(m -> directory.body(m.getBodyId()).map(BodyRef::abbreviation).orElse("")
                    + " " + m.getStartsAt().atZone(minutes.zone()).toLocalDate());
            case "agendaItemId" -> Optional.ofNullable(entityManager.find(AgendaItem.class, value)).map(a -> a.getOrdinal() + ". " + a.getTitle());
            default -> Optional.empty();
        };
    }

    /** A part that is only added or removed: shown as it was added, or as it was when removed. */
    private static <T> void added(List<PartChange> changes, Row<T> row, String field, String text) {
        if (row.type() == RevisionType.ADD) {
            changes.add(new PartChange(row.revision(), field, null, text));
        } else if (row.type() == RevisionType.DEL) {
            changes.add(new PartChange(row.revision(), field, text, null));
        }
    }

    private void proposalChanges(List<PartChange> changes, List<Row<ParagraphProposal>> rows, Function<Long, String> name, Locale locale) {
        Map<Long, ParagraphProposal> last = new HashMap<>();
        for (Row<ParagraphProposal> row : rows) {
            ParagraphProposal p = row.snapshot();
            ParagraphProposal before = last.get(p.getId());
            switch (row.type()) {
                case ADD -> {
                    changes.add(new PartChange(row.revision(), "paragraph.proposals", null, proposal(p, name, locale)));
                    if (!p.getSupporters().isEmpty()) {
                        changes.add(new PartChange(row.revision(), "paragraph.supporters", null, supporters(p, name)));
                    }
                }
                case MOD -> {
                    if (before != null && (!Objects.equals(before.getLabel(), p.getLabel()) || !Objects.equals(before.getText(), p.getText()))) {
                        changes.add(new PartChange(row.revision(), "paragraph.proposals", proposal(before, name, locale), proposal(p, name, locale)));
                    }
                    if (before == null || !before.getSupporters().equals(p.getSupporters())) {
                        changes.add(new PartChange(row.revision(), "paragraph.supporters", supporters(before, name), supporters(p, name)));
                    }
                }
                case DEL -> changes.add(new PartChange(row.revision(), "paragraph.proposals",
                        proposal(before != null ? before : p, name, locale), null));
            }
            if (row.type() != RevisionType.DEL) {
                // the snapshot's supporters are read now, while the revision's collection is at hand
                p.getSupporters().size();
                last.put(p.getId(), p);
            }
        }
    }

    private String proposal(ParagraphProposal p, Function<Long, String> name, Locale locale) {
        String mover = p.getMoverId() == null ? message("history.paragraph.noMover", locale) : name.apply(p.getMoverId());
        return p.getLabel() + " (" + mover + ", " + message("preference." + p.getPreference(), locale).toLowerCase(locale) + "): "
                + shorten(p.getText());
    }

    private static String supporters(ParagraphProposal p, Function<Long, String> name) {
        if (p == null || p.getSupporters().isEmpty()) {
            return null;
        }
        return p.getLabel() + ": " + p.getSupporters().stream().map(name).sorted().collect(Collectors.joining(", "));
    }

    private void stepChanges(List<PartChange> changes, List<Row<DecisionStep>> rows, Map<Long, String> labels, Function<Long, String> name,
                             Locale locale) {
        Map<Long, String[]> described = new HashMap<>();
        for (Row<DecisionStep> row : rows) {
            DecisionStep s = row.snapshot();
            if (row.type() == RevisionType.DEL) {
                String[] before = described.getOrDefault(s.getId(), new String[] {step(s, labels, name, locale), null});
                changes.add(new PartChange(row.revision(), "paragraph.steps", before[0], null));
                if (before[1] != null) {
                    changes.add(new PartChange(row.revision(), "paragraph.votes", before[1], null));
                }
                continue;
            }
            String[] now = {step(s, labels, name, locale), s.isVote() ? ballots(s, name, locale) : null};
            if (row.type() == RevisionType.ADD) {
                changes.add(new PartChange(row.revision(), "paragraph.steps", null, now[0]));
                if (now[1] != null) {
                    changes.add(new PartChange(row.revision(), "paragraph.votes", null, now[1]));
                }
            }
            described.put(s.getId(), now);
        }
    }

    private String step(DecisionStep s, Map<Long, String> labels, Function<Long, String> name, Locale locale) {
        String first = labels.getOrDefault(s.getFirstProposalId(), "#" + s.getFirstProposalId());
        String second = labels.getOrDefault(s.getSecondProposalId(), "#" + s.getSecondProposalId());
        String winner = labels.getOrDefault(s.getWinningProposalId(), "#" + s.getWinningProposalId());
        if (!s.isVote()) {
            return s.getOrdinal() + ". " + messages.getMessage("history.paragraph.proposition", new Object[] {first, second, winner}, locale);
        }
        String text = s.getOrdinal() + ". " + messages.getMessage("history.paragraph.vote", new Object[] {first, second,
                s.count(BallotChoice.YES), s.count(BallotChoice.NO), s.count(BallotChoice.ABSTAIN), winner}, locale);
        if (s.getCastingPersonId() != null) {
            text += " " + messages.getMessage("history.paragraph.casting", new Object[] {name.apply(s.getCastingPersonId())}, locale);
        }
        return text;
    }

    private String ballots(DecisionStep s, Function<Long, String> name, Locale locale) {
        return s.getBallots().stream().map(b -> name.apply(b.getPersonId()) + ": " + message("ballot." + b.getChoice(), locale))
                .sorted().collect(Collectors.joining(", "));
    }

    private void reservationChanges(List<PartChange> changes, List<Row<Reservation>> rows, Function<Long, String> name, Locale locale) {
        Map<Long, Reservation> last = new HashMap<>();
        for (Row<Reservation> row : rows) {
            Reservation r = row.snapshot();
            Reservation before = last.get(r.getId());
            String who = name.apply(r.getPersonId()) + (r.getPartyId() == null ? "" : " – " + message("paragraph.forPartyGroup", locale));
            switch (row.type()) {
                case ADD -> {
                    changes.add(new PartChange(row.revision(), "paragraph.reservations", null, who));
                    if (r.getWrittenText() != null) {
                        changes.add(new PartChange(row.revision(), "paragraph.reservationText", null, shorten(r.getWrittenText())));
                    }
                }
                case MOD -> {
                    String old = before == null ? null : before.getWrittenText();
                    if (!Objects.equals(old, r.getWrittenText())) {
                        changes.add(new PartChange(row.revision(), "paragraph.reservationText", old == null ? null : shorten(old),
                                r.getWrittenText() == null ? null : shorten(r.getWrittenText())));
                    }
                }
                case DEL -> changes.add(new PartChange(row.revision(), "paragraph.reservations", who, null));
            }
            if (row.type() != RevisionType.DEL) {
                last.put(r.getId(), r);
            }
        }
    }

    /** A list replaced as a whole (distribution, basis): one change per revision that changed it, the whole list before and after. */
    private static <T> void listChanges(List<PartChange> changes, List<Row<T>> rows, String field, Function<T, Integer> ordinal,
                                        Function<T, String> text) {
        Map<Long, T> alive = new LinkedHashMap<>();
        Map<Long, List<Row<T>>> byRevision = new TreeMap<>();
        rows.forEach(r -> byRevision.computeIfAbsent(r.revision(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<Long, List<Row<T>>> revision : byRevision.entrySet()) {
            String before = joined(alive.values(), ordinal, text);
            for (Row<T> row : revision.getValue()) {
                Long rowId = id(row.snapshot());
                if (row.type() == RevisionType.DEL) {
                    alive.remove(rowId);
                } else {
                    alive.put(rowId, row.snapshot());
                }
            }
            String after = joined(alive.values(), ordinal, text);
            if (!before.equals(after)) {
                changes.add(new PartChange(revision.getKey(), field, before.isEmpty() ? null : before, after.isEmpty() ? null : after));
            }
        }
    }

    private static <T> String joined(Collection<T> items, Function<T, Integer> ordinal, Function<T, String> text) {
        return items.stream().sorted(java.util.Comparator.comparing(ordinal)).map(text).collect(Collectors.joining("; "));
    }

    private static Long id(Object entity) {
        if (entity instanceof DistributionEntry d) {
            return d.getId();
        }
        if (entity instanceof BasisItem b) {
            return b.getId();
        }
        throw new IllegalArgumentException(entity.getClass().getName());
    }

    /** A row of every revision of {@code part} that belongs to the paragraph, oldest first (deleted rows keep their data). */
    @SuppressWarnings("unchecked")
    private <T> List<Row<T>> rows(Class<T> part, long paragraphId) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<Object[]> found = reader.createQuery().forRevisionsOfEntity(part, false, true)
                .add(AuditEntity.relatedId("paragraph").eq(paragraphId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .addOrder(AuditEntity.id().asc())
                .getResultList();
        return found.stream().map(r -> new Row<>((T) r[0], revisionNumber(r[1]), (RevisionType) r[2])).toList();
    }

    private static long revisionNumber(Object revisionEntity) {
        return se.sparbar.audit.HistoryContributor.revision(revisionEntity).number();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String shorten(String text) {
        if (text == null) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SHOWN_TEXT ? line : line.substring(0, SHOWN_TEXT - 1) + "…";
    }
}
