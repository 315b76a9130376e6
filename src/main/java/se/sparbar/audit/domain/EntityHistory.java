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
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.shared.Labelled;

/**
 * An entity's history from the audit trail: who changed what, when, from which value to which.
 * Works for every {@link Audited} entity by its entity name, so modules register nothing.
 */
@Service
public class EntityHistory {

    private final EntityManager entityManager;

    EntityHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Change(String field, String oldValue, String newValue) {
    }

    public record Entry(long revision, Instant time, String username, RevisionType type, List<Change> changes) {
    }

    public record History(String entityName, long id, String label, List<Entry> entries) {
    }

    @Transactional(readOnly = true)
    public Optional<History> of(String entityName, long id) {
        Optional<EntityType<?>> type = entityManager.getMetamodel().getEntities().stream()
                .filter(e -> e.getName().equals(entityName) && e.getJavaType().isAnnotationPresent(Audited.class))
                .findFirst();
        return type.flatMap(t -> history(t, id));
    }

    private Optional<History> history(EntityType<?> type, long id) {
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
                String before = previous == null ? null : render(read(field, previous));
                String after = revisionType == RevisionType.DEL ? null : render(read(field, snapshot));
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
        Collections.reverse(entries);
        return Optional.of(new History(type.getName(), id, label, List.copyOf(entries)));
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
