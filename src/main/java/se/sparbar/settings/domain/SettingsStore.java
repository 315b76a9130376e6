package se.sparbar.settings.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.sparbar.settings.CaseNumberFormat;
import se.sparbar.settings.FollowUpSchedule;
import se.sparbar.settings.MunicipalitySettings;
import se.sparbar.settings.Settings;
import se.sparbar.settings.SettingsChange;
import se.sparbar.shared.StaleVersionException;

/** Reads and changes the municipality's settings (there is exactly one row). */
@Service
class SettingsStore implements Settings {

    /**
     * How long every page's header may show the municipality's name as read: a change made here is
     * seen at once, one made by another instance of the app within this time.
     */
    static final long NAME_READ_FOR_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    private record NameRead(String name, long atNanos) {
    }

    private final SettingsRepository repository;
    private volatile NameRead name;

    SettingsStore(SettingsRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public MunicipalitySettings current() {
        return repository.current().toSettings();
    }

    /** The name in every page's header: read at most every 30 seconds, not on each page. */
    @Override
    public String municipalityName() {
        NameRead read = name;
        long now = System.nanoTime();
        if (read == null || now - read.atNanos() > NAME_READ_FOR_NANOS) {
            read = new NameRead(repository.current().getName(), now);
            name = read;
        }
        return read.name();
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
        // read the name again once this transaction has ended (committed or not)
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                name = null;
            }
        });
        return repository.saveAndFlush(settings).toSettings();
    }
}
