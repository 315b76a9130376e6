package se.sparbar.opendata.oparl;

import se.sparbar.opendata.OpenDataProperties;

/** The canonical URLs: one per object, built from the configured base URL, never from changeable values. */
final class OParlUrls {

    static final String PATH = "/oparl/v1";
    static final String SCHEMA = "https://schema.oparl.org/1.1/";

    private final OpenDataProperties properties;

    OParlUrls(OpenDataProperties properties) {
        this.properties = properties;
    }

    String api(String path) {
        return properties.url(PATH + path);
    }

    String site(String path) {
        return properties.url(path);
    }

    /** The extension's namespace: a public page that documents it. */
    String extensionType(String name) {
        return properties.url("/open-data/oparl-extension#" + name);
    }

    String system() { return api("/system"); }
    String bodies() { return api("/bodies"); }
    String body() { return api("/bodies/1"); }
    String organization(int kind, long id) { return api("/organizations/" + (kind == 1 ? "body-" : "party-") + id); }
    String person(long id) { return api("/persons/" + id); }
    String membership(int kind, long id) { return api("/memberships/" + (kind == 1 ? "" : "party-") + id); }
    String meeting(long id) { return api("/meetings/" + id); }
    String agendaItem(long id) { return api("/agenda-items/" + id); }
    String paper(int kind, long id) { return api("/papers/" + (kind == 1 ? "motion-" : "statement-") + id); }
    String consultation(long id) { return api("/consultations/" + id); }
    String file(long meetingId) { return api("/files/minutes-" + meetingId); }
    String attachedFile(long id) { return api("/files/" + id); }
    String location(long meetingId) { return api("/locations/" + meetingId); }
    String legislativeTerm(int startYear) { return api("/legislative-terms/" + startYear); }
    String actionPlan(long id) { return api("/sparbar/action-plans/" + id); }
}
