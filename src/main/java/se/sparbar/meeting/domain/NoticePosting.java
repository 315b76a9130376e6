package se.sparbar.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * The posting of adjusted minutes on the notice board (anslag). The appeal period is frozen from
 * the municipality's settings at posting; an appeal is in time up to and including
 * {@link #getAppealEndsOn()}.
 */
@Entity
@Table(name = "notice_posting")
@Audited
class NoticePosting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "posted_on", nullable = false, updatable = false)
    private LocalDate postedOn;

    @Column(name = "appeal_period_days", nullable = false, updatable = false)
    private int appealPeriodDays;

    @Column(name = "appeal_ends_on", nullable = false, updatable = false)
    private LocalDate appealEndsOn;

    @Column(name = "minutes_kept_at", nullable = false, length = 300, updatable = false)
    private String minutesKeptAt;

    @Column(name = "posted_by", nullable = false, updatable = false)
    private long postedBy;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    protected NoticePosting() {
    }

    public NoticePosting(long meetingId, LocalDate postedOn, int appealPeriodDays, String minutesKeptAt, long postedBy, Instant postedAt) {
        this.meetingId = meetingId;
        this.postedOn = postedOn;
        this.appealPeriodDays = appealPeriodDays;
        this.appealEndsOn = appealEnd(postedOn, appealPeriodDays);
        this.minutesKeptAt = minutesKeptAt.strip();
        this.postedBy = postedBy;
        this.postedAt = postedAt;
    }

    /** The last day an appeal is in time: the posting date plus the appeal period. */
    public static LocalDate appealEnd(LocalDate postedOn, int appealPeriodDays) {
        return postedOn.plusDays(appealPeriodDays);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public String getMinutesKeptAt() {
        return minutesKeptAt;
    }

    public LocalDate getAppealEndsOn() {
        return appealEndsOn;
    }
}
