package se.sparbar.settings;

import se.sparbar.shared.MunicipalityName;

/** The municipality's settings (there is exactly one row): read by every module, changed by the administrator. */
public interface Settings extends MunicipalityName {

    MunicipalitySettings current();

    /** Applies the change; refuses it when someone else saved in between. */
    MunicipalitySettings change(SettingsChange change);
}
