package se.sparbar.settings;

/** A request to change the settings, made from the version the user saw. */
public record SettingsChange(
        String name,
        String caseNumberFormat,
        int motionTimeLimitMonths,
        int appealPeriodDays,
        int agendaPublicDaysBefore,
        String followUpSchedule,
        int reportReminderDays,
        long version) {
}
