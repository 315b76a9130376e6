package se.sparbar.settings.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.settings.CaseNumberFormat;
import se.sparbar.settings.FollowUpSchedule;
import se.sparbar.settings.MunicipalitySettings;
import se.sparbar.settings.Settings;
import se.sparbar.settings.SettingsChange;
import se.sparbar.shared.StaleVersionException;

/** Reads and changes the municipality's settings (there is exactly one row). */
@Service
class SettingsStore implements Settings {

    private final SettingsRepository repository;

    SettingsStore(SettingsRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public MunicipalitySettings current() {
        return repository.current().toSettings();
    }

    @Override
    @Transactional(readOnly = true)
    public String municipalityName() {
        return repository.current().getName();
    }

    /** Applies the change; refuses it when someone else saved in between. */
    @Override
    @Transactional
    public MunicipalitySettings change(SettingsChange change) {
        SettingsRecord settings = repository.current();
        StaleVersionException.check("Settings", 1, change.version(), settings.getVersion());
        settings.change(change.name().trim(), new CaseNumberFormat(change.caseNumberFormat().trim()),
                change.motionTimeLimitMonths(), change.appealPeriodDays(), change.agendaPublicDaysBefore(),
                FollowUpSchedule.parse(change.followUpSchedule())
                        .orElseThrow(() -> new IllegalArgumentException("Invalid follow-up schedule")), change.reportReminderDays());
        return repository.saveAndFlush(settings).toSettings();
    }
}
