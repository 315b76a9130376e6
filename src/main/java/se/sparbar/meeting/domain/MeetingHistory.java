package se.sparbar.meeting.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.sparbar.audit.HistoryContributor;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.Directory;
import se.sparbar.organisation.PersonRef;

/**
 * A meeting's own history: besides its own fields, every change to its attendance (who, seat,
 * present, serving for whom), its officers (chair, secretary, adjusters, and their confirmations)
 * and its agenda, with names instead of ids, in the reader's language. Read from the audit trail
 * (Envers) of this module's own tables.
 */
@Component
class MeetingHistory implements HistoryContributor {

    private final EntityManager entityManager;
    private final Directory directory;
    private final MessageSource messages;

    MeetingHistory(EntityManager entityManager, Directory directory, MessageSource messages) {
        this.entityManager = entityManager;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("Meeting");
    }

    private record Row<T>(T snapshot, long revision, RevisionType type, long partId) {
    }

    @Override
    public List<PartChange> partChanges(String entityName, long id, Locale locale) {
        List<Row<MeetingAttendance>> attendance = rows(MeetingAttendance.class, id, MeetingAttendance::getId);
        List<Row<MeetingRole>> roles = rows(MeetingRole.class, id, MeetingRole::getId);
        List<Row<AgendaItem>> agenda = rows(AgendaItem.class, id, AgendaItem::getId);

        Set<Long> personIds = new HashSet<>();
        attendance.forEach(r -> {
            personIds.add(r.snapshot().getPersonId());
            if (r.snapshot().getServingFor() != null) {
                personIds.add(r.snapshot().getServingFor());
            }
        });
        roles.forEach(r -> personIds.add(r.snapshot().getPersonId()));
        Map<Long, PersonRef> people = directory.people(personIds);
        Function<Long, String> name = personId -> {
            PersonRef person = people.get(personId);
            return person == null ? "#" + personId : person.nameWithParty();
        };

        List<PartChange> changes = new ArrayList<>();
        changes(changes, attendance, "meeting.attendance", a -> attendance(a, name, locale));
        changes(changes, roles, "meeting.roles", r -> role(r, name, locale));
        changes(changes, agenda, "meeting.agenda", a -> a.getOrdinal() + ". " + a.getTitle());
        return changes;
    }

    @Override
    public Optional<String> value(String entityName, String field, Object value, Locale locale) {
        return switch (field) {
            case "bodyId" -> directory.body((Long) value).map(BodyRef::name);
            default -> Optional.empty();
        };
    }

    private String attendance(MeetingAttendance a, Function<Long, String> name, Locale locale) {
        String text = name.apply(a.getPersonId()) + " – " + message("seat." + a.getSeat(), locale) + ", "
                + message(a.isPresent() ? "meeting.present" : "history.meeting.absent", locale);
        if (a.getServingFor() != null) {
            text += ", " + messages.getMessage("history.meeting.servingFor", new Object[] {name.apply(a.getServingFor())}, locale);
        }
        return text;
    }

    private String role(MeetingRole r, Function<Long, String> name, Locale locale) {
        String text = message("meetingRole." + r.getRole(), locale) + ": " + name.apply(r.getPersonId());
        if (r.getSignedAt() != null) {
            text += " (" + message("history.meeting.confirmed", locale) + ")";
        }
        return text;
    }

    /** Each row added, changed (as it read before and after) or removed (as it last read), at its revision. */
    private static <T> void changes(List<PartChange> changes, List<Row<T>> rows, String field, Function<T, String> describe) {
        Map<Long, String> last = new HashMap<>();
        for (Row<T> row : rows) {
            String now = describe.apply(row.snapshot());
            String before = last.get(row.partId());
            switch (row.type()) {
                case ADD -> changes.add(new PartChange(row.revision(), field, null, now));
                case MOD -> {
                    if (!Objects.equals(before, now)) {
                        changes.add(new PartChange(row.revision(), field, before, now));
                    }
                }
                case DEL -> changes.add(new PartChange(row.revision(), field, before != null ? before : now, null));
            }
            if (row.type() == RevisionType.DEL) {
                last.remove(row.partId());
            } else {
                last.put(row.partId(), now);
            }
        }
    }

    /** A row of every revision of {@code part} that belongs to the meeting, oldest first (deleted rows keep their data). */
    @SuppressWarnings("unchecked")
    private <T> List<Row<T>> rows(Class<T> part, long meetingId, Function<T, Long> id) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<Object[]> found = reader.createQuery().forRevisionsOfEntity(part, false, true)
                .add(AuditEntity.relatedId("meeting").eq(meetingId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .addOrder(AuditEntity.id().asc())
                .getResultList();
        return found.stream().map(r -> new Row<>((T) r[0], HistoryContributor.revision(r[1]).number(), (RevisionType) r[2],
                id.apply((T) r[0]))).toList();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
