package se.sparbar.record.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.record.Audience;
import se.sparbar.record.RecordEntry;
import se.sparbar.record.RecordKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rows of {@code record_event}: appended, never changed, read by case, body, person or kind. */
@Repository
public class RecordStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            e.id, e.kind, e.occurred_at, e.event_date, e.audience, e.public_from, e.case_id, e.motion_id, e.body_id, e.meeting_id,
            e.paragraph_id, e.referral_id, e.action_plan_id, e.action_item_id, e.person_id, e.actor_account_id, e.summary, e.details::text""";
    /** What a reader may see: {@code :staff} sees PUBLIC and STAFF rows, the public PUBLIC rows already public at {@code :now}. */
    private static final String VISIBLE = """
            (e.audience = 'PUBLIC' and (:staff or e.public_from <= :now) or (:staff and e.audience = 'STAFF'))""";

    private final JdbcClient jdbc;

    RecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends a row inside the caller's transaction and returns it as stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RecordEntry append(NewRecord row) {
        long id = jdbc.sql("""
                        insert into record_event (kind, occurred_at, event_date, audience, public_from, case_id, motion_id, body_id,
                            meeting_id, paragraph_id, referral_id, action_plan_id, action_item_id, person_id, actor_account_id, summary, details)
                        values (:kind, :occurredAt, :eventDate, :audience, :publicFrom, :caseId, :motionId, :bodyId, :meetingId,
                            :paragraphId, :referralId, :actionPlanId, :actionItemId, :personId, :actor, :summary, cast(:details as jsonb))
                        returning id""")
                .param("kind", row.kind().name())
                .param("occurredAt", Timestamp.from(row.occurredAt()))
                .param("eventDate", row.eventDate())
                .param("audience", row.audience().name())
                .param("publicFrom", row.publicFrom() == null ? null : Timestamp.from(row.publicFrom()))
                .param("caseId", row.caseId())
                .param("motionId", row.motionId())
                .param("bodyId", row.bodyId())
                .param("meetingId", row.meetingId())
                .param("paragraphId", row.paragraphId())
                .param("referralId", row.referralId())
                .param("actionPlanId", row.actionPlanId())
                .param("actionItemId", row.actionItemId())
                .param("personId", row.personId())
                .param("actor", row.actorAccountId())
                .param("summary", clip(row.summary()))
                .param("details", JSON.writeValueAsString(row.details()))
                .query(Long.class).single();
        return new RecordEntry(id, row.kind(), row.occurredAt(), row.eventDate(), row.audience(), row.publicFrom(), row.caseId(),
                row.motionId(), row.bodyId(), row.meetingId(), row.paragraphId(), row.referralId(), row.actionPlanId(),
                row.actionItemId(), row.personId(), row.actorAccountId(), clip(row.summary()), row.details());
    }

    /**
     * A case's whole thread in date order: its own rows, and those of the motion, the action items and
     * the plans its rows name (so a motion's case shows its filing, and a decision's case the follow-up).
     */
    @Transactional(readOnly = true)
    public List<RecordEntry> ofCase(long caseId, boolean staff, Instant now) {
        return jdbc.sql("""
                        with own as (select motion_id, action_item_id, action_plan_id from record_event where case_id = :caseId)
                        select %s from record_event e
                        where (e.case_id = :caseId
                            or e.motion_id in (select motion_id from own)
                            or e.action_item_id in (select action_item_id from own)
                            or (e.kind = 'FOLLOW_UP_REPORT_REGISTERED' and e.action_plan_id in (select action_plan_id from own)))
                          and %s
                        order by e.event_date, e.id""".formatted(COLUMNS, VISIBLE))
                .param("caseId", caseId).param("staff", staff).param("now", Timestamp.from(now))
                .query(this::entry).list();
    }

    @Transactional(readOnly = true)
    public List<RecordEntry> ofBody(long bodyId, boolean staff, Instant now, int limit) {
        return jdbc.sql("select %s from record_event e where e.body_id = :id and %s order by e.id desc limit :limit".formatted(COLUMNS, VISIBLE))
                .param("id", bodyId).param("staff", staff).param("now", Timestamp.from(now)).param("limit", limit)
                .query(this::entry).list();
    }

    @Transactional(readOnly = true)
    public List<RecordEntry> ofPerson(long personId, boolean staff, Instant now, int limit) {
        return jdbc.sql("select %s from record_event e where e.person_id = :id and %s order by e.id desc limit :limit".formatted(COLUMNS, VISIBLE))
                .param("id", personId).param("staff", staff).param("now", Timestamp.from(now)).param("limit", limit)
                .query(this::entry).list();
    }

    @Transactional(readOnly = true)
    public List<RecordEntry> latest(boolean staff, Set<RecordKind> kinds, Instant now, int limit) {
        List<String> names = kinds.stream().map(Enum::name).toList();
        return jdbc.sql("select %s from record_event e where e.kind in (:kinds) and %s order by e.id desc limit :limit"
                        .formatted(COLUMNS, VISIBLE))
                .param("kinds", names).param("staff", staff).param("now", Timestamp.from(now)).param("limit", limit)
                .query(this::entry).list();
    }

    @Transactional(readOnly = true)
    public Optional<RecordEntry> find(long id) {
        return jdbc.sql("select %s from record_event e where e.id = :id".formatted(COLUMNS)).param("id", id).query(this::entry).optional();
    }

    private RecordEntry entry(ResultSet rs, int n) throws SQLException {
        Timestamp publicFrom = rs.getTimestamp(6);
        Map<String, String> details = JSON.readValue(rs.getString(18), DETAILS);
        return new RecordEntry(rs.getLong(1), RecordKind.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(),
                rs.getObject(4, LocalDate.class), Audience.valueOf(rs.getString(5)), publicFrom == null ? null : publicFrom.toInstant(),
                id(rs, 7), id(rs, 8), id(rs, 9), id(rs, 10), id(rs, 11), id(rs, 12), id(rs, 13), id(rs, 14), id(rs, 15), id(rs, 16),
                rs.getString(17), details);
    }

    private static Long id(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, Long.class);
    }

    private static String clip(String summary) {
        if (summary == null) {
            return "";
        }
        return summary.length() <= 500 ? summary : summary.substring(0, 499) + "…";
    }
}
