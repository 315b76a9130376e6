package se.sparbar.settings;

/**
 * The municipality's settings as other modules see them.
 *
 * @param motionTimeLimitMonths a motion should be decided within this many months of filing
 * @param appealPeriodDays      an appeal is in time up to and including posting date + this many days
 */
public record MunicipalitySettings(
        String name,
        CaseNumberFormat caseNumberFormat,
        int motionTimeLimitMonths,
        int appealPeriodDays,
        FollowUpSchedule followUpSchedule,
        long version) {
}
