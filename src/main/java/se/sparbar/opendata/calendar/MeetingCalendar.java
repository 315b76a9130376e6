package se.sparbar.opendata.calendar;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.io.text.ICalWriter;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.opendata.OpenDataProperties;

/**
 * Calendar subscriptions of the meetings (RFC 5545): one for all bodies and one per body, twelve
 * months back and forward. A meeting's UID never changes; SEQUENCE is the meeting's version, so
 * it rises with every change; times are in Europe/Stockholm with its VTIMEZONE.
 */
@Service
@Transactional(readOnly = true)
public class MeetingCalendar {

    /** What a subscription says: the calendar text and its newest change. */
    public record Subscription(String text, Instant lastModified) {
    }

    record Meeting(long id, long bodyId, String bodyName, Instant startsAt, Instant endsAt, String place, String status,
                   long version, Instant modified) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OpenDataProperties properties;

    MeetingCalendar(JdbcClient jdbc, Clock clock, OpenDataProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    public Optional<String> bodyName(long bodyId) {
        return jdbc.sql("select name from organisation_body_public_v where id = ?").param(bodyId).query(String.class).optional();
    }

    public Subscription meetings(Long bodyId, String name) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        List<Meeting> meetings = jdbc.sql("""
                        select m.id, m.body_id, b.name, m.starts_at, m.ends_at, m.place, m.status, m.version, m.modified
                        from meeting_public_v m join organisation_body_public_v b on b.id = m.body_id
                        where m.starts_at >= :from and m.starts_at < :to and (cast(:body as bigint) is null or m.body_id = :body)
                        order by m.starts_at, m.id""")
                .param("from", Timestamp.from(now.minusMonths(12).toInstant()))
                .param("to", Timestamp.from(now.plusMonths(12).toInstant()))
                .param("body", bodyId)
                .query((rs, n) -> new Meeting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7),
                        rs.getLong(8), rs.getTimestamp(9).toInstant()))
                .list();
        return new Subscription(write(meetings, name, clock.getZone()),
                meetings.stream().map(Meeting::modified).max(Instant::compareTo).orElse(null));
    }

    private String write(List<Meeting> meetings, String name, ZoneId zone) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Spårbar//Sammanträden//SV");
        calendar.setName(name);
        calendar.setMethod("PUBLISH");
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone), stockholm()));
        String host = Optional.ofNullable(URI.create(properties.baseUrl()).getHost()).orElse("sparbar");
        for (Meeting meeting : meetings) {
            VEvent event = new VEvent();
            event.setUid("meeting-" + meeting.id() + "@" + host);
            event.setDateTimeStamp(Date.from(meeting.modified()));
            event.setLastModified(Date.from(meeting.modified()));
            event.setSequence((int) Math.min(Integer.MAX_VALUE, meeting.version()));
            event.setSummary(meeting.bodyName() + " – sammanträde");
            event.setDateStart(Date.from(meeting.startsAt()));
            if (meeting.endsAt() != null) {
                event.setDateEnd(Date.from(meeting.endsAt()));
            }
            event.setLocation(meeting.place());
            boolean posted = "POSTED".equals(meeting.status());
            String link = posted ? properties.url("/meetings/" + meeting.id() + "/minutes")
                    : properties.url("/oparl/v1/meetings/" + meeting.id());
            event.setUrl(link);
            event.setDescription((posted ? "Protokollet: " : "Sammanträdet som öppna data: ") + link);
            event.setStatus("CANCELLED".equals(meeting.status()) ? Status.cancelled() : Status.confirmed());
            calendar.addEvent(event);
        }
        StringWriter out = new StringWriter();
        try (ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0)) {
            writer.write(calendar);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return foldedByOctets(out.toString());
    }

    /** RFC 5545 folds lines at 75 octets (not characters): unfold, then fold again without splitting a character. */
    static String foldedByOctets(String text) {
        String unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder();
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** Europe/Stockholm as a VTIMEZONE: CET, and CEST from the last Sunday of March to the last of October. */
    static VTimezone stockholm() {
        VTimezone zone = new VTimezone("Europe/Stockholm");
        DaylightSavingsTime summer = new DaylightSavingsTime();
        summer.setDateStart(new DateTimeComponents(1981, 3, 29, 2, 0, 0, false));
        summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
        summer.addTimezoneName("CEST");
        summer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY).build());
        StandardTime winter = new StandardTime();
        winter.setDateStart(new DateTimeComponents(1996, 10, 27, 3, 0, 0, false));
        winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
        winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        winter.addTimezoneName("CET");
        winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY).build());
        zone.addDaylightSavingsTime(summer);
        zone.addStandardTime(winter);
        return zone;
    }
}
