package se.sparbar.opendata.feed;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.opendata.OpenDataProperties;
import se.sparbar.record.PublicRecord;
import se.sparbar.record.RecordEntry;
import se.sparbar.record.RecordKind;
import se.sparbar.settings.Settings;

/**
 * Atom feeds (RFC 4287) of the public record: the notice board, a body's decisions, new motions, a
 * person's motions, a case's events. An entry is one row of the record, which is never changed, so
 * its id ({@code tag:} URI of the row) is permanent and its {@code updated} is when it happened.
 */
@Service
@Transactional(readOnly = true)
public class AtomFeeds {

    /** A feed as served: the XML and its newest entry. */
    public record Feed(String xml, Instant lastModified) {
    }

    static final int ENTRIES = 50;

    private final PublicRecord record;
    private final Settings settings;
    private final JdbcClient jdbc;
    private final OpenDataProperties properties;

    AtomFeeds(PublicRecord record, Settings settings, JdbcClient jdbc, OpenDataProperties properties) {
        this.record = record;
        this.settings = settings;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public Feed noticeBoard() {
        return feed("notice-board", "Anslagstavlan", "/notice-board",
                record.latest(false, EnumSet.of(RecordKind.MINUTES_POSTED), ENTRIES));
    }

    public Feed motions() {
        return feed("motions", "Nya motioner", "/motions", record.latest(false, EnumSet.of(RecordKind.MOTION_SUBMITTED), ENTRIES));
    }

    public Optional<Feed> bodyDecisions(long bodyId) {
        return jdbc.sql("select name from organisation_body_public_v where id = ?").param(bodyId).query(String.class).optional()
                .map(name -> feed("bodies/" + bodyId + "/decisions", "Beslut – " + name, "/notice-board",
                        record.ofBody(bodyId, false, 500).stream().filter(e -> e.kind() == RecordKind.DECISION_PUBLISHED)
                                .limit(ENTRIES).toList()));
    }

    public Optional<Feed> personMotions(long personId) {
        Set<RecordKind> motionKinds = EnumSet.of(RecordKind.MOTION_SUBMITTED, RecordKind.MOTION_REGISTERED, RecordKind.MOTION_WITHDRAWN,
                RecordKind.MOTION_WRITTEN_OFF, RecordKind.DECISION_PUBLISHED);
        return jdbc.sql("select first_name || ' ' || last_name from organisation_person_public_v where id = ?").param(personId)
                .query(String.class).optional()
                .map(name -> feed("persons/" + personId + "/motions", "Motioner – " + name, "/motions",
                        record.ofPerson(personId, false, 500).stream().filter(e -> motionKinds.contains(e.kind()))
                                .limit(ENTRIES).toList()));
    }

    /** A case's feed; empty when the public may see nothing of the case (or it does not exist). */
    public Optional<Feed> caseEvents(long caseId) {
        List<RecordEntry> entries = new ArrayList<>(record.ofCase(caseId, false));
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        String number = entries.stream().map(e -> e.detail("caseNumber")).filter(n -> n != null && !n.isBlank()).findFirst()
                .orElse(String.valueOf(caseId));
        Long motion = entries.stream().map(RecordEntry::motionId).filter(m -> m != null).findFirst().orElse(null);
        java.util.Collections.reverse(entries);
        return Optional.of(feed("cases/" + caseId, "Ärende " + number, motion == null ? "/motions" : "/motions/" + motion, entries));
    }

    /** The case whose feed a motion's page offers, when the motion is public and registered. */
    public Optional<Long> caseOfMotion(long motionId) {
        return jdbc.sql("select case_id from motion_public_v where id = ? and case_id is not null and not deleted").param(motionId)
                .query(Long.class).optional();
    }

    private Feed feed(String path, String title, String page, List<RecordEntry> entries) {
        String municipality = settings.current().name();
        String self = properties.url("/feeds/" + path + ".atom");
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(tag("feed:" + path));
        feed.setTitle(title + " – " + municipality);
        feed.setLanguage("sv");
        feed.setCopyright("Offentliga handlingar, fria att använda (CC0 1.0)");
        feed.setLinks(List.of(link("self", self, "application/atom+xml"), link("alternate", properties.url(page), "text/html")));
        SyndPerson author = new SyndPersonImpl();
        author.setName(municipality);
        author.setUri(properties.url("/"));
        feed.setAuthors(List.of(author));
        Instant newest = entries.stream().map(RecordEntry::occurredAt).max(Instant::compareTo).orElse(null);
        feed.setPublishedDate(Date.from(newest == null ? Instant.EPOCH : newest));
        List<SyndEntry> items = new ArrayList<>();
        for (RecordEntry entry : entries) {
            SyndEntry item = new SyndEntryImpl();
            item.setUri(tag("record:" + entry.id()));
            item.setTitle(entry.summary());
            item.setUpdatedDate(Date.from(entry.occurredAt()));
            item.setPublishedDate(Date.from(entry.occurredAt()));
            item.setLink(properties.url(pageOf(entry)));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(entry.summary() + (entry.eventDate() == null ? "" : " (" + entry.eventDate() + ")"));
            item.setDescription(summary);
            items.add(item);
        }
        feed.setEntries(items);
        try {
            return new Feed(new SyndFeedOutput().outputString(feed), newest);
        } catch (FeedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public page an entry is about. */
    static String pageOf(RecordEntry entry) {
        if (entry.paragraphId() != null && (entry.kind() == RecordKind.DECISION_PUBLISHED)) {
            return "/paragraphs/" + entry.paragraphId();
        }
        if (entry.motionId() != null) {
            return "/motions/" + entry.motionId();
        }
        if (entry.meetingId() != null && entry.kind() == RecordKind.MINUTES_POSTED) {
            return "/meetings/" + entry.meetingId() + "/minutes";
        }
        if (entry.actionItemId() != null) {
            return "/action-items/" + entry.actionItemId();
        }
        if (entry.actionPlanId() != null) {
            return "/action-plans/" + entry.actionPlanId();
        }
        if (entry.paragraphId() != null) {
            return "/paragraphs/" + entry.paragraphId();
        }
        return "/notice-board";
    }

    private String tag(String specific) {
        String host = Optional.ofNullable(URI.create(properties.baseUrl()).getHost()).orElse("sparbar");
        return "tag:" + host + ",2026:" + specific;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
