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

    private record NameRead(String name, long atNanos) {
    }

    private final SettingsRepository repository;
    /**
     * How long every page's header may show the municipality's name as read: a change made here is
     * seen at once, one made by another instance of the app within this time.
     */
    private final long nameReadForNanos;
    private volatile NameRead name;

    SettingsStore(SettingsRepository repository,
                  @org.springframework.beans.factory.annotation.Value("${sparbar.settings.name-read-for:30s}") java.time.Duration nameReadFor) {
        this.repository = repository;
        this.nameReadForNanos = nameReadFor.toNanos();
    }

    @Override
    @Transactional(readOnly = true)
    public MunicipalitySettings current() {
        return repository.current().toSettings();
    }

    /** The name in every page's header: read at most every 30 seconds (sparbar.settings.name-read-for), not on each page. */
    @Override
    public String municipalityName() {
        NameRead read = name;
        long now = System.nanoTime();
        if (read == null || now - read.atNanos() > nameReadForNanos) {
            read = new NameRead(repository.current().getName(), now);
            name = read;
        }
        return read.name();
    }

    /** The name read when the app is ready, so that no page waits for it (nor a test's count of statements sees it). */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void readNameAtStart() {
        try {
            municipalityName();
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            // the database is not there yet: the first page reads it
        }
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
        MunicipalitySettings changed = repository.saveAndFlush(settings).toSettings();
        // the header shows the new name once this transaction has committed; after a rollback it reads it again
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                name = status == STATUS_COMMITTED ? new NameRead(changed.name(), System.nanoTime()) : null;
            }
        });
        return changed;
    }
}
