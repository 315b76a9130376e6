package se.sparbar.files.domain;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sparbar.files.AttachedFiles.Owner;
import se.sparbar.files.AttachedFiles.Reader;

/**
 * What the files module knows of a file's owner, read from the views the owning modules publish
 * (registry_case_v, motion_attachment_owner_v, meeting_paragraph_v, meeting_agenda_item_v): whether it exists, what it is
 * called, and so who may read its files and who may attach one.
 */
@Repository
class FileOwners {

    private final JdbcClient jdbc;
    private final se.sparbar.settings.Settings settings;
    private final java.time.Clock clock;

    FileOwners(JdbcClient jdbc, se.sparbar.settings.Settings settings, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    Optional<FileStore.OwnerInfo> find(Owner owner) {
        return switch (owner.kind()) {
            case CASE -> jdbc.sql("select title, case_number from registry_case_v where id = :id").param("id", owner.id())
                    .query((rs, n) -> new FileStore.OwnerInfo(owner, rs.getString("title"), rs.getString("case_number"),
                            "/cases/" + owner.id(), true, false, null, null)).optional();
            case MOTION -> jdbc.sql("""
                    select m.title, m.status, m.filed_by,
                           (select p.user_account_id from organisation_person_v p where p.id = m.first_signatory_id) as signatory_account
                    from motion_attachment_owner_v m where m.id = :id""").param("id", owner.id())
                    .query((rs, n) -> {
                        boolean draft = "DRAFT".equals(rs.getString("status"));
                        return new FileStore.OwnerInfo(owner, rs.getString("title"), null, "/motions/" + owner.id(), !draft, draft,
                                rs.getLong("filed_by"), (Long) rs.getObject("signatory_account"));
                    }).optional();
            case PARAGRAPH -> jdbc.sql("""
                    select title, body_abbreviation, number, meeting_status from meeting_paragraph_v where id = :id""")
                    .param("id", owner.id())
                    .query((rs, n) -> new FileStore.OwnerInfo(owner, rs.getString("title"),
                            rs.getString("body_abbreviation") + " § " + rs.getInt("number"), "/paragraphs/" + owner.id(),
                            "POSTED".equals(rs.getString("meeting_status")), false, null, null)).optional();
            case AGENDA_ITEM -> jdbc.sql("""
                    select meeting_id, ordinal, title, meeting_status, meeting_starts_at, body_abbreviation
                    from meeting_agenda_item_v where id = :id""")
                    .param("id", owner.id())
                    .query((rs, n) -> new FileStore.OwnerInfo(owner, rs.getString("title"),
                            rs.getString("body_abbreviation") + " " + rs.getObject("meeting_starts_at", java.time.OffsetDateTime.class)
                                    .atZoneSameInstant(clock.getZone()).toLocalDate() + ", " + rs.getInt("ordinal"),
                            "/meetings/" + rs.getLong("meeting_id") + "#agenda-item-" + owner.id(),
                            agendaPublished(rs.getString("meeting_status"), rs.getObject("meeting_starts_at", java.time.OffsetDateTime.class)),
                            false, null, null)).optional();
        };
    }

    /**
     * An agenda item's files are public once the agenda is: the configured days before the meeting
     * (settings), or once the meeting is under way or held (as the public meeting page shows it).
     */
    private boolean agendaPublished(String meetingStatus, java.time.OffsetDateTime startsAt) {
        boolean beforeMeeting = "PLANNED".equals(meetingStatus) || "CANCELLED".equals(meetingStatus);
        return !beforeMeeting || !settings.current().agendaPublicFrom(startsAt.toInstant()).isAfter(clock.instant());
    }

    /**
     * Who reads a file: anyone when its owner is public (every case; a submitted motion; a paragraph of
     * posted minutes); staff also a paragraph's before posting; a draft's files only its filer and
     * first signatory — as the owner's own page.
     */
    static boolean mayRead(FileStore.OwnerInfo owner, Reader reader) {
        if (owner.draft()) {
            return reader.accountId().isPresent() && owner.isAuthor(reader.accountId().getAsLong());
        }
        var kind = owner.owner().kind();
        return owner.publicOwner() || reader.staff() && (kind == se.sparbar.files.AttachedFiles.OwnerKind.PARAGRAPH
                || kind == se.sparbar.files.AttachedFiles.OwnerKind.AGENDA_ITEM);
    }
}
