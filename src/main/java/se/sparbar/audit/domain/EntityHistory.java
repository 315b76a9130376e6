package se.sparbar.audit.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSource;
import se.sparbar.audit.HistoryContributor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.shared.Labelled;

/**
 * An entity's history from the audit trail: who changed what, when, from which value to which.
 * Works for every {@link Audited} entity by its entity name, so modules register nothing; a module
 * may add the changes to a record's parts and readable values through a {@link HistoryContributor}.
 * Statuses (enums) are shown translated, from the message {@code <enumType>.<NAME>} when there is one.
 */
@Service
public class EntityHistory {

    private final EntityManager entityManager;
    private final List<HistoryContributor> contributors;
    private final MessageSource messages;

    EntityHistory(EntityManager entityManager, List<HistoryContributor> contributors, MessageSource messages) {
        this.entityManager = entityManager;
        this.contributors = contributors;
        this.messages = messages;
    }

    public record Change(String field, String oldValue, String newValue) {
    }

    public record Entry(long revision, Instant time, String username, RevisionType type, List<Change> changes) {
    }

    public record History(String entityName, long id, String label, List<Entry> entries) {
    }

    @Transactional(readOnly = true)
    public Optional<History> of(String entityName, long id) {
        return of(entityName, id, Locale.forLanguageTag("sv"));
    }

    /** The history with values as a reader of {@code locale} should see them, and the changes to the record's parts. */
    @Transactional(readOnly = true)
    public Optional<History> of(String entityName, long id, Locale locale) {
        Optional<EntityType<?>> type = entityManager.getMetamodel().getEntities().stream()
                .filter(e -> e.getName().equals(entityName) && e.getJavaType().isAnnotationPresent(Audited.class))
                .findFirst();
        List<HistoryContributor> helping = contributors.stream().filter(c -> c.entityNames().contains(entityName)).toList();
        return type.flatMap(t -> history(t, id, locale, helping));
    }

    private Optional<History> history(EntityType<?> type, long id, Locale locale, List<HistoryContributor> helping) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type.getJavaType(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Field> fields = auditedFields(type);
        List<Entry> entries = new ArrayList<>();
        Object previous = null;
        String label = null;
        for (Object[] row : rows) {
            Object snapshot = row[0];
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            List<Change> changes = new ArrayList<>();
            for (Field field : fields) {
                String before = previous == null ? null : shown(type.getName(), field, read(field, previous), locale, helping);
                String after = revisionType == RevisionType.DEL ? null : shown(type.getName(), field, read(field, snapshot), locale, helping);
                if (!Objects.equals(before, after)) {
                    changes.add(new Change(field.getName(), before, after));
                }
            }
            entries.add(new Entry(revision.getId(), revision.getTime(), revision.getUsername(), revisionType, changes));
            if (revisionType != RevisionType.DEL) {
                previous = snapshot;
                label = snapshot instanceof Labelled labelled ? labelled.label() : label;
            }
        }
        entries = withParts(entries, type.getName(), id, locale, helping);
        Collections.reverse(entries);
        return Optional.of(new History(type.getName(), id, label, List.copyOf(entries)));
    }

    /** Adds the contributed changes to the record's parts to the entries of their revisions (or new entries), oldest first. */
    private List<Entry> withParts(List<Entry> entries, String entityName, long id, Locale locale, List<HistoryContributor> helping) {
        List<HistoryContributor.PartChange> parts = helping.stream().flatMap(c -> c.partChanges(entityName, id, locale).stream()).toList();
        if (parts.isEmpty()) {
            return entries;
        }
        Map<Long, Entry> byRevision = new TreeMap<>();
        entries.forEach(e -> byRevision.put(e.revision(), e));
        Map<Long, List<Change>> added = new TreeMap<>();
        parts.forEach(p -> added.computeIfAbsent(p.revision(), r -> new ArrayList<>()).add(new Change(p.field(), p.oldValue(), p.newValue())));
        added.forEach((revisionId, changes) -> {
            Entry entry = byRevision.get(revisionId);
            if (entry == null) {
                Revision revision = entityManager.find(Revision.class, revisionId);
                entry = new Entry(revisionId, revision.getTime(), revision.getUsername(), RevisionType.MOD, List.of());
            }
            List<Change> all = new ArrayList<>(entry.changes());
            all.addAll(changes);
            byRevision.put(revisionId, new Entry(entry.revision(), entry.time(), entry.username(), entry.type(), List.copyOf(all)));
        });
        return new ArrayList<>(byRevision.values());
    }

    private String shown(String entityName, Field field, Object value, Locale locale, List<HistoryContributor> helping) {
        if (value == null) {
            return null;
        }
        for (HistoryContributor contributor : helping) {
            Optional<String> shown = contributor.value(entityName, field.getName(), value, locale);
            if (shown.isPresent()) {
                return shown.get();
            }
        }
        if (value instanceof Enum<?> status) {
            String type = status.getDeclaringClass().getSimpleName();
            return messages.getMessage(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + status.name(), null, status.name(),
                    locale);
        }
        return render(value);
    }

    /** The fields Envers keeps: not the id, not the version, not unaudited or inverse collections. */
    private static List<Field> auditedFields(EntityType<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            Member member = attribute.getJavaMember();
            if (!(member instanceof Field field)
                    || field.isAnnotationPresent(NotAudited.class)
                    || field.isAnnotationPresent(jakarta.persistence.Id.class)
                    || field.isAnnotationPresent(jakarta.persistence.Version.class)
                    || (attribute instanceof PluralAttribute<?, ?, ?> && attribute.isAssociation())) {
                continue;
            }
            field.setAccessible(true);
            fields.add(field);
        }
        fields.sort(Comparator.comparing(Field::getName));
        return fields;
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Labelled labelled) {
            return labelled.label();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(EntityHistory::render).sorted().collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
