package se.sparbar.settings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import se.sparbar.settings.CaseNumberFormat;
import se.sparbar.settings.FollowUpSchedule;
import se.sparbar.settings.MunicipalitySettings;
import se.sparbar.shared.Labelled;

/** The single row of municipality settings. */
@Entity
@Table(name = "municipality_settings")
@Audited
class SettingsRecord implements Labelled {

    @Id
    private Short id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "case_number_format", nullable = false, length = 60)
    private String caseNumberFormat;

    @Column(name = "motion_time_limit_months", nullable = false)
    private int motionTimeLimitMonths;

    @Column(name = "appeal_period_days", nullable = false)
    private int appealPeriodDays;

    @Column(name = "agenda_public_days_before", nullable = false)
    private int agendaPublicDaysBefore;

    @Column(name = "follow_up_schedule", nullable = false, length = 200)
    private String followUpSchedule;

    @Column(name = "report_reminder_days", nullable = false)
    private int reportReminderDays;

    @Version
    private long version;

    protected SettingsRecord() {
    }

    public void change(String name, CaseNumberFormat format, int motionTimeLimitMonths, int appealPeriodDays,
                       int agendaPublicDaysBefore, FollowUpSchedule schedule, int reportReminderDays) {
        this.agendaPublicDaysBefore = agendaPublicDaysBefore;
        this.name = name;
        this.caseNumberFormat = format.template();
        this.motionTimeLimitMonths = motionTimeLimitMonths;
        this.appealPeriodDays = appealPeriodDays;
        this.followUpSchedule = schedule.text();
        this.reportReminderDays = reportReminderDays;
    }

    public MunicipalitySettings toSettings() {
        return new MunicipalitySettings(name, new CaseNumberFormat(caseNumberFormat), motionTimeLimitMonths,
                appealPeriodDays, agendaPublicDaysBefore, FollowUpSchedule.parse(followUpSchedule).orElseThrow(), reportReminderDays,
                version);
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String label() {
        return name;
    }
}
