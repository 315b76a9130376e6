package se.sparbar.shared;

/** The name shown in every page's header; provided by the settings module. */
@FunctionalInterface
public interface MunicipalityName {

    String municipalityName();
}
