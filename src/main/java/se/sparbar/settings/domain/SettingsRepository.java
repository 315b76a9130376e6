package se.sparbar.settings.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettingsRepository extends JpaRepository<SettingsRecord, Short> {

    default SettingsRecord current() {
        return findById((short) 1).orElseThrow(() -> new IllegalStateException("Municipality settings row is missing"));
    }
}
