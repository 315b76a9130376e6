/**
 * The municipality's settings: its name, the case-number format, the motion time limit, the
 * appeal period and the follow-up schedule. Other modules read them through {@link se.sparbar.settings.MunicipalitySettings}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package se.sparbar.settings;
