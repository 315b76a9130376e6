package se.sparbar.meeting.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.meeting.CaseParagraphs;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.ParagraphReferences;
import se.sparbar.meeting.ProposalKind;
import se.sparbar.meeting.PublicMeetings.AgendaPlacement;
import se.sparbar.meeting.PublicMeetings.BallotCast;
import se.sparbar.meeting.PublicMeetings.CitedParagraph;
import se.sparbar.meeting.PublicMeetings.PersonAtMeetings;
import se.sparbar.meeting.PublicMeetings.ProposalMade;
import se.sparbar.meeting.PublicMeetings.PublishedDecision;
import se.sparbar.shared.Paged;

/** Read models for lists: meetings, the notice board and its archive, a case's paragraphs. One query each. */
@Service
@Transactional(readOnly = true)
public class MeetingQueries implements CaseParagraphs, ParagraphReferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A line of the meetings list. */
    public record MeetingLine(long id, String bodyName, String bodyAbbreviation, ZonedDateTime startsAt, String place,
                              MeetingStatus status, int paragraphs) {
    }

    public Paged<MeetingLine> meetings(Long bodyId, MeetingStatus status, int page, int size) {
        String where = " where (cast(:body as bigint) is null or m.body_id = :body) and (cast(:status as varchar) is null or m.status = :status)";
        long total = jdbc.sql("select count(*) from meeting m" + where).param("body", bodyId)
                .param("status", status == null ? null : status.name()).query(Long.class).single();
        int shown = shown(page, size, total);
        List<MeetingLine> lines = jdbc.sql("""
                        select m.id, b.name, b.abbreviation, m.starts_at, m.place, m.status,
                               (select count(*) from minutes_paragraph p where p.meeting_id = m.id) as paragraphs
                        from meeting m join organisation_body_v b on b.id = m.body_id""" + where + """
                         order by m.starts_at desc, m.id desc limit :limit offset :offset""")
                .param("body", bodyId).param("status", status == null ? null : status.name())
                .param("limit", size).param("offset", (long) shown * size)
                .query((rs, n) -> new MeetingLine(rs.getLong(1), rs.getString(2), rs.getString(3), zoned(rs, 4), rs.getString(5),
                        MeetingStatus.valueOf(rs.getString(6)), rs.getInt(7)))
                .list();
        return new Paged<>(lines, shown, size, total);
    }

    /** Every meeting the filter selects, in the list's order, in one statement: the CSV. */
    public void eachMeeting(Long bodyId, MeetingStatus status, java.util.function.Consumer<MeetingLine> consumer) {
        jdbc.sql("""
                        select m.id, b.name, b.abbreviation, m.starts_at, m.place, m.status,
                               (select count(*) from minutes_paragraph p where p.meeting_id = m.id) as paragraphs
                        from meeting m join organisation_body_v b on b.id = m.body_id
                        where (cast(:body as bigint) is null or m.body_id = :body) and (cast(:status as varchar) is null or m.status = :status)
                        order by m.starts_at desc, m.id desc""")
                .param("body", bodyId).param("status", status == null ? null : status.name())
                .query((rs, n) -> new MeetingLine(rs.getLong(1), rs.getString(2), rs.getString(3), zoned(rs, 4), rs.getString(5),
                        MeetingStatus.valueOf(rs.getString(6)), rs.getInt(7)))
                .list().forEach(consumer);
    }

    /** Every posting in the archive, newest first, in one statement: the CSV. */
    public void eachArchived(LocalDate today, java.util.function.Consumer<Posting> consumer) {
        jdbc.sql(POSTINGS + " where n.appeal_ends_on < ? order by n.posted_on desc, n.id desc").param(today)
                .query(this::posting).list().forEach(consumer);
    }

    /** A posting on the notice board (public: no personal details). */
    public record Posting(long meetingId, String bodyName, ZonedDateTime meetingStartsAt, LocalDate adjustedOn, LocalDate postedOn,
                          LocalDate appealEndsOn, String minutesKeptAt) {
    }

    /**
     * What is on the notice board today: postings whose appeal period has not ended. A posting
     * leaves the board by itself the day after its last day of appeal.
     */
    public List<Posting> noticeBoard(LocalDate today) {
        return jdbc.sql(POSTINGS + " where n.posted_on <= ? and n.appeal_ends_on >= ? order by n.posted_on desc, n.id desc")
                .params(today, today).query(this::posting).list();
    }

    /** Minutes whose appeal period has ended: the archive, newest first. */
    public Paged<Posting> archive(LocalDate today, int page, int size) {
        long total = jdbc.sql("select count(*) from notice_posting where appeal_ends_on < ?").param(today).query(Long.class).single();
        int shown = shown(page, size, total);
        List<Posting> items = jdbc.sql(POSTINGS + " where n.appeal_ends_on < ? order by n.posted_on desc, n.id desc limit ? offset ?")
                .params(today, size, (long) shown * size).query(this::posting).list();
        return new Paged<>(items, shown, size, total);
    }

    /** A page beyond the end shows the last one (an empty list shows page 0). */
    static int shown(int page, int size, long total) {
        int lastPage = (int) Math.max(0, (total - 1) / size);
        return Math.min(Math.max(page, 0), lastPage);
    }

    private static final String POSTINGS = """
            select n.meeting_id, b.name, m.starts_at, m.adjusted_on, n.posted_on, n.appeal_ends_on, n.minutes_kept_at
            from notice_posting n join meeting m on m.id = n.meeting_id join organisation_body_v b on b.id = m.body_id""";

    private Posting posting(ResultSet rs, int row) throws SQLException {
        return new Posting(rs.getLong(1), rs.getString(2), zoned(rs, 3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class), rs.getString(7));
    }

    @Override
    public List<CaseParagraph> forCase(long caseId) {
        return jdbc.sql("""
                        select p.id, p.meeting_id, b.abbreviation, m.starts_at, p.number, p.outcome, p.decided_on, m.status
                        from minutes_paragraph p join meeting m on m.id = p.meeting_id join organisation_body_v b on b.id = p.body_id
                        where p.case_id = ? order by m.starts_at, p.number""").param(caseId)
                .query((rs, n) -> new CaseParagraph(rs.getLong(1), rs.getLong(2),
                        rs.getString(3) + " " + zoned(rs, 4).toLocalDate() + " § " + rs.getInt(5),
                        rs.getString(6) == null ? null : ParagraphOutcome.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class),
                        zoned(rs, 4).toLocalDate(), "POSTED".equals(rs.getString(8))))
                .list();
    }

    /** Meetings from now on, soonest first: for the start page. */
    public List<MeetingLine> upcoming(int limit) {
        return jdbc.sql("""
                        select m.id, b.name, b.abbreviation, m.starts_at, m.place, m.status, 0
                        from meeting m join organisation_body_v b on b.id = m.body_id
                        where m.status = 'PLANNED' and m.starts_at >= ? order by m.starts_at, m.id limit ?""")
                .params(java.sql.Timestamp.from(clock.instant()), limit)
                .query((rs, n) -> new MeetingLine(rs.getLong(1), rs.getString(2), rs.getString(3), zoned(rs, 4), rs.getString(5),
                        MeetingStatus.valueOf(rs.getString(6)), rs.getInt(7)))
                .list();
    }


    /** The latest decisions whose minutes are posted, newest first. One statement. */
    public List<PublishedDecision> latestDecisions(int limit) {
        return jdbc.sql("""
                        select p.id, p.case_id, b.abbreviation, m.starts_at, p.number, p.title, p.outcome, p.decided_on
                        from minutes_paragraph p join meeting m on m.id = p.meeting_id join organisation_body_v b on b.id = p.body_id
                        where m.status = 'POSTED' and p.outcome is not null
                        order by p.decided_on desc, p.id desc limit ?""").param(limit)
                .query((rs, n) -> new PublishedDecision(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        rs.getString(3) + " " + zoned(rs, 4).toLocalDate() + " § " + rs.getInt(5), rs.getString(6),
                        ParagraphOutcome.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class)))
                .list();
    }





    private static final String PARAGRAPH_REF = """
            p.id as paragraph_id, b.abbreviation || ' ' || to_char(m.starts_at at time zone :zone, 'YYYY-MM-DD') || ' § ' || p.number as reference,
            p.title, p.decided_on""";

    private static final String POSTED_PARAGRAPH = """
            join minutes_paragraph p on p.id = x.paragraph_id join meeting m on m.id = p.meeting_id join organisation_body_v b on b.id = p.body_id
            where m.status = 'POSTED'""";

    /** Everything of a person in posted minutes, in four statements whatever their number. */
    public PersonAtMeetings personRecord(long personId) {
        String zone = clock.getZone().getId();
        List<ProposalMade> proposals = jdbc.sql("select " + PARAGRAPH_REF + """
                        , x.label, x.kind,
                          case when exists (select 1 from decision_step s where s.winning_proposal_id = x.id) then true
                               when exists (select 1 from decision_step s where x.id in (s.first_proposal_id, s.second_proposal_id)) then false
                               else null end as carried
                        from paragraph_proposal x""" + "\n" + POSTED_PARAGRAPH + " and x.mover_person_id = :person order by m.starts_at desc, p.number")
                .param("zone", zone).param("person", personId)
                .query((rs, n) -> new ProposalMade(ref(rs, null), rs.getString("label"), ProposalKind.valueOf(rs.getString("kind")),
                        (Boolean) rs.getObject("carried")))
                .list();
        List<BallotCast> ballots = jdbc.sql("select " + PARAGRAPH_REF + """
                        , v.choice,
                          (select count(*) from vote_ballot c where c.step_id = x.id and c.choice = 'YES') as yes,
                          (select count(*) from vote_ballot c where c.step_id = x.id and c.choice = 'NO') as no,
                          (select count(*) from vote_ballot c where c.step_id = x.id and c.choice = 'ABSTAIN') as abstain,
                          w.label as winner
                        from vote_ballot v join decision_step x on x.id = v.step_id join paragraph_proposal w on w.id = x.winning_proposal_id"""
                        + "\n" + POSTED_PARAGRAPH + " and v.person_id = :person order by m.starts_at desc, p.number, x.ordinal")
                .param("zone", zone).param("person", personId)
                .query((rs, n) -> new BallotCast(ref(rs, null), BallotChoice.valueOf(rs.getString("choice")), rs.getInt("yes"),
                        rs.getInt("no"), rs.getInt("abstain"), rs.getString("winner")))
                .list();
        List<CitedParagraph> reservations = jdbc.sql("select " + PARAGRAPH_REF + ", (x.party_id is not null) as for_party from reservation x"
                        + "\n" + POSTED_PARAGRAPH + " and x.person_id = :person order by m.starts_at desc, p.number")
                .param("zone", zone).param("person", personId)
                .query((rs, n) -> ref(rs, rs.getBoolean("for_party") ? "PARTY" : null)).list();
        List<CitedParagraph> recusals = jdbc.sql("select " + PARAGRAPH_REF + ", x.kind from paragraph_non_participation x"
                        + "\n" + POSTED_PARAGRAPH + " and x.person_id = :person order by m.starts_at desc, p.number")
                .param("zone", zone).param("person", personId)
                .query((rs, n) -> ref(rs, rs.getString("kind"))).list();
        return new PersonAtMeetings(proposals, ballots, reservations, recusals);
    }

    private static CitedParagraph ref(ResultSet rs, String detail) throws SQLException {
        return new CitedParagraph(rs.getLong("paragraph_id"), rs.getString("reference"), rs.getString("title"),
                rs.getObject("decided_on", LocalDate.class), detail);
    }

    /** A body's meetings: upcoming (soonest first) or past (latest first). One statement. */
    public List<MeetingLine> ofBody(long bodyId, boolean upcoming, int limit) {
        return jdbc.sql("""
                        select m.id, b.name, b.abbreviation, m.starts_at, m.place, m.status,
                               (select count(*) from minutes_paragraph p where p.meeting_id = m.id)
                        from meeting m join organisation_body_v b on b.id = m.body_id
                        where m.body_id = :body and (m.starts_at >= :now) = :upcoming
                        order by case when :upcoming then m.starts_at end, m.starts_at desc limit :limit""")
                .param("body", bodyId).param("now", java.sql.Timestamp.from(clock.instant())).param("upcoming", upcoming).param("limit", limit)
                .query((rs, n) -> new MeetingLine(rs.getLong(1), rs.getString(2), rs.getString(3), zoned(rs, 4), rs.getString(5),
                        MeetingStatus.valueOf(rs.getString(6)), rs.getInt(7)))
                .list();
    }

    /** A body's latest decisions whose minutes are posted. One statement. */
    public List<PublishedDecision> latestDecisionsOf(long bodyId, int limit) {
        return jdbc.sql("""
                        select p.id, p.case_id, b.abbreviation, m.starts_at, p.number, p.title, p.outcome, p.decided_on
                        from minutes_paragraph p join meeting m on m.id = p.meeting_id join organisation_body_v b on b.id = p.body_id
                        where m.status = 'POSTED' and p.outcome is not null and p.body_id = :body
                        order by p.decided_on desc, p.id desc limit :limit""").param("body", bodyId).param("limit", limit)
                .query((rs, n) -> new PublishedDecision(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        rs.getString(3) + " " + zoned(rs, 4).toLocalDate() + " § " + rs.getInt(5), rs.getString(6),
                        ParagraphOutcome.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class)))
                .list();
    }


    /** The agendas a case has been placed on, in meeting order. One statement. */
    public List<AgendaPlacement> agendaPlacements(long caseId) {
        return jdbc.sql("""
                        select m.id, m.body_id, b.name, m.starts_at, m.place, m.status, a.ordinal
                        from agenda_item a join meeting m on m.id = a.meeting_id join organisation_body_v b on b.id = m.body_id
                        where a.case_id = ? order by m.starts_at, a.ordinal""").param(caseId)
                .query((rs, n) -> new AgendaPlacement(rs.getLong(1), rs.getLong(2), rs.getString(3), zoned(rs, 4), rs.getString(5),
                        rs.getString(6), rs.getInt(7)))
                .list();
    }

    /** The notice-board postings of these meetings (posted on, appeal ends on), by meeting. One statement. */
    public java.util.Map<Long, Posting> postings(java.util.Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql(POSTINGS + " where n.meeting_id = any(?)").param(meetingIds.toArray(Long[]::new)).query(this::posting).list()
                .stream().collect(java.util.stream.Collectors.toMap(Posting::meetingId, p -> p));
    }


    @Override
    public Optional<ParagraphRef> paragraph(long paragraphId) {
        return jdbc.sql("""
                        select p.id, p.meeting_id, p.body_id, p.case_id, b.abbreviation, m.starts_at, p.number, m.status
                        from minutes_paragraph p join meeting m on m.id = p.meeting_id join organisation_body_v b on b.id = p.body_id
                        where p.id = ?""").param(paragraphId)
                .query((rs, n) -> new ParagraphRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class),
                        rs.getString(5) + " " + zoned(rs, 6).toLocalDate() + " § " + rs.getInt(7), "POSTED".equals(rs.getString(8))))
                .optional();
    }

    /** Whether the public may read this meeting's minutes: once posted on the notice board. */
    public boolean isPublished(long meetingId) {
        return jdbc.sql("select count(*) from meeting where id = ? and status = 'POSTED'").param(meetingId).query(Long.class).single() > 0;
    }

    public boolean isParagraphPublished(long paragraphId) {
        return jdbc.sql("select count(*) from minutes_paragraph p join meeting m on m.id = p.meeting_id where p.id = ? and m.status = 'POSTED'")
                .param(paragraphId).query(Long.class).single() > 0;
    }

    private ZonedDateTime zoned(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant().atZone(clock.getZone());
    }
}
