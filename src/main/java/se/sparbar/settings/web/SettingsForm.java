package se.sparbar.settings.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import se.sparbar.settings.CaseNumberFormat;
import se.sparbar.settings.FollowUpSchedule;
import se.sparbar.settings.MunicipalitySettings;
import se.sparbar.settings.SettingsChange;

public class SettingsForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 60)
    private String caseNumberFormat;

    @NotNull
    @Min(1)
    @Max(60)
    private Integer motionTimeLimitMonths;

    @NotNull
    @Min(1)
    @Max(365)
    private Integer appealPeriodDays;

    @NotNull
    @Min(0)
    @Max(60)
    private Integer agendaPublicDaysBefore;

    @NotBlank
    @Size(max = 200)
    private String followUpSchedule;

    @NotNull
    @Min(1)
    @Max(90)
    private Integer reportReminderDays;

    private long version;

    static SettingsForm of(MunicipalitySettings settings) {
        SettingsForm form = new SettingsForm();
        form.name = settings.name();
        form.caseNumberFormat = settings.caseNumberFormat().template();
        form.motionTimeLimitMonths = settings.motionTimeLimitMonths();
        form.appealPeriodDays = settings.appealPeriodDays();
        form.agendaPublicDaysBefore = settings.agendaPublicDaysBefore();
        form.followUpSchedule = settings.followUpSchedule().text();
        form.reportReminderDays = settings.reportReminderDays();
        form.version = settings.version();
        return form;
    }

    /** Checks the two texts that have a grammar of their own, reporting beside each field. */
    void checkFormats(Errors errors) {
        if (!errors.hasFieldErrors("caseNumberFormat") && !CaseNumberFormat.isValid(caseNumberFormat.trim())) {
            errors.rejectValue("caseNumberFormat", "settings.caseNumberFormat.invalid");
        }
        if (!errors.hasFieldErrors("followUpSchedule") && FollowUpSchedule.parse(followUpSchedule).isEmpty()) {
            errors.rejectValue("followUpSchedule", "settings.followUpSchedule.invalid");
        }
    }

    SettingsChange toChange() {
        return new SettingsChange(name, caseNumberFormat, motionTimeLimitMonths, appealPeriodDays, agendaPublicDaysBefore, followUpSchedule,
                reportReminderDays, version);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCaseNumberFormat() { return caseNumberFormat; }
    public void setCaseNumberFormat(String caseNumberFormat) { this.caseNumberFormat = caseNumberFormat; }
    public Integer getMotionTimeLimitMonths() { return motionTimeLimitMonths; }
    public void setMotionTimeLimitMonths(Integer motionTimeLimitMonths) { this.motionTimeLimitMonths = motionTimeLimitMonths; }
    public Integer getAppealPeriodDays() { return appealPeriodDays; }
    public void setAppealPeriodDays(Integer appealPeriodDays) { this.appealPeriodDays = appealPeriodDays; }
    public Integer getAgendaPublicDaysBefore() { return agendaPublicDaysBefore; }
    public void setAgendaPublicDaysBefore(Integer agendaPublicDaysBefore) { this.agendaPublicDaysBefore = agendaPublicDaysBefore; }
    public String getFollowUpSchedule() { return followUpSchedule; }
    public void setFollowUpSchedule(String followUpSchedule) { this.followUpSchedule = followUpSchedule; }
    public Integer getReportReminderDays() { return reportReminderDays; }
    public void setReportReminderDays(Integer reportReminderDays) { this.reportReminderDays = reportReminderDays; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
