package se.sparbar.settings;

/**
 * The municipality's settings as other modules see them.
 *
 * @param motionTimeLimitMonths   a motion should be decided within this many months of filing
 * @param appealPeriodDays        an appeal is in time up to and including posting date + this many days
 * @param agendaPublicDaysBefore  a meeting's agenda is public from this many days before the meeting
 * @param reportReminderDays      an official whose report is missing is reminded this many days before the round closes
 */
public record MunicipalitySettings(
        String name,
        CaseNumberFormat caseNumberFormat,
        int motionTimeLimitMonths,
        int appealPeriodDays,
        int agendaPublicDaysBefore,
        FollowUpSchedule followUpSchedule,
        int reportReminderDays,
        long version) {

    /** The instant from which the agenda of a meeting starting at {@code startsAt} is public. */
    public java.time.Instant agendaPublicFrom(java.time.Instant startsAt) {
        return startsAt.minus(java.time.Duration.ofDays(agendaPublicDaysBefore));
    }
}
