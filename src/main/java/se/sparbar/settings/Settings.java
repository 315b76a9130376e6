package se.sparbar.settings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.settings.domain.SettingsRecord;
import se.sparbar.settings.domain.SettingsRepository;
import se.sparbar.shared.MunicipalityName;
import se.sparbar.shared.StaleVersionException;

/** Reads and changes the municipality's settings (there is exactly one row). */
@Service
public class Settings implements MunicipalityName {

    private final SettingsRepository repository;

    Settings(SettingsRepository repository) {
        this.repository = repository;
    }

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
    @Transactional
    public MunicipalitySettings change(SettingsChange change) {
        SettingsRecord settings = repository.current();
        StaleVersionException.check("Settings", 1, change.version(), settings.getVersion());
        settings.change(change.name().trim(), new CaseNumberFormat(change.caseNumberFormat().trim()),
                change.motionTimeLimitMonths(), change.appealPeriodDays(),
                FollowUpSchedule.parse(change.followUpSchedule())
                        .orElseThrow(() -> new IllegalArgumentException("Invalid follow-up schedule")));
        return repository.saveAndFlush(settings).toSettings();
    }
}
