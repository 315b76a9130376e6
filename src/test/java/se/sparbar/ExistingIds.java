package se.sparbar;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Values for an endpoint's path variables that name records which exist, so that requests reach
 * the handler's body: the newest row of the table the variable points into.
 */
public final class ExistingIds {

    private static final Map<String, String> TABLE_BY_SEGMENT = Map.ofEntries(
            Map.entry("motions", "motion"), Map.entry("meetings", "meeting"), Map.entry("paragraphs", "minutes_paragraph"),
            Map.entry("governing-documents", "governing_document"), Map.entry("documents", "attached_file_former_document"),
            Map.entry("users", "user_account"), Map.entry("people", "person"), Map.entry("bodies", "body"),
            Map.entry("parties", "party"), Map.entry("action-items", "action_item"), Map.entry("action-plans", "action_plan"),
            Map.entry("history", "motion"), Map.entry("cases", "case_file"), Map.entry("persons", "person"),
            Map.entry("subscriptions", "notification_subscription"), Map.entry("outbox", "notification_outbox"),
            Map.entry("files", "attached_file"), Map.entry("agenda-items", "agenda_item"));

    private static final Map<String, String> TABLE_BY_VARIABLE = Map.of(
            "planId", "action_plan", "itemId", "agenda_item", "roleId", "meeting_role", "personId", "person",
            "proposalId", "paragraph_proposal", "reservationId", "reservation", "referralId", "referral",
            "membershipId", "membership", "documentId", "attached_file_former_document");

    private final JdbcTemplate jdbc;

    public ExistingIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The value of one path variable of the pattern. */
    public String valueOf(String pattern, String variable) {
        if (variable.equals("entityName")) {
            return "Motion";
        }
        if (variable.equals("number")) {
            return jdbc.queryForObject("select case_number from case_file order by id desc limit 1", String.class);
        }
        if (pattern.startsWith("/oparl/")) {
            // the open-data API names its objects by list and key; all of it is public and read-only
            return variable.equals("list") ? "papers" : "1";
        }
        if (variable.equals("referralId") && pattern.startsWith("/cases/")) {
            // a referral of another case than the one tried (404 for the clerk), whichever tests ran before and
            // referred which cases: the newest case may or may not have been referred by then
            Long id = jdbc.queryForObject("select max(id) from referral where case_id <> ?", Long.class,
                    Long.parseLong(idOf("case_file")));
            return String.valueOf(id == null ? 0 : id);
        }
        String table = TABLE_BY_VARIABLE.get(variable);
        if (table == null) {
            List<String> segments = List.of(pattern.split("/"));
            int at = segments.indexOf("{" + variable + "}");
            if (at < 0) {
                at = indexStartingWith(segments, "{" + variable + ":");
            }
            if (at < 0) {
                at = indexStartingWith(segments, "{" + variable + "}"); // "{id}.ics"
            }
            String segment = at > 0 ? segments.get(at - 1) : "";
            if (segment.startsWith("{") && at > 1) {
                segment = segments.get(at - 2);
            }
            table = TABLE_BY_SEGMENT.get(segment);
        }
        if (table == null) {
            throw new IllegalStateException("No table known for {" + variable + "} in " + pattern + "; add it to ExistingIds");
        }
        if (table.equals("attached_file")) {
            // a public file (a case's, not depublished): which files earlier tests attached does not change the answer
            Long id = jdbc.queryForObject("select max(id) from attached_file where case_id is not null and not deleted", Long.class);
            return String.valueOf(id == null ? 1 : id);
        }
        return idOf(table);
    }

    private static final Map<String, String> TABLE_BY_FIELD = Map.ofEntries(
            Map.entry("bodyId", "body"), Map.entry("body", "body"), Map.entry("personId", "person"), Map.entry("memberId", "person"),
            Map.entry("noterId", "person"), Map.entry("reserverId", "person"), Map.entry("chair", "person"),
            Map.entry("secretary", "person"), Map.entry("adjusters", "person"), Map.entry("servingFor", "person"),
            Map.entry("supporters", "person"), Map.entry("supporterIds", "person"), Map.entry("proposalId", "paragraph_proposal"),
            Map.entry("yesId", "paragraph_proposal"), Map.entry("noId", "paragraph_proposal"), Map.entry("first", "paragraph_proposal"),
            Map.entry("second", "paragraph_proposal"), Map.entry("winner", "paragraph_proposal"),
            Map.entry("paragraphId", "minutes_paragraph"), Map.entry("caseId", "case_file"), Map.entry("partyId", "party"),
            Map.entry("userAccountId", "user_account"), Map.entry("accountId", "user_account"),
            Map.entry("actionPlanId", "action_plan"), Map.entry("planId", "action_plan"));

    /** The current version of the record a path's first id names ({@code /meetings/5} → meeting 5), or 0. */
    public String versionOf(String pattern, String path) {
        String[] segments = path.split("/");
        String[] patternSegments = pattern.split("/");
        for (int i = 1; i < patternSegments.length && i < segments.length; i++) {
            if (patternSegments[i].startsWith("{") && TABLE_BY_SEGMENT.containsKey(patternSegments[i - 1])
                    && segments[i].matches("\\d{1,18}")) {
                String table = TABLE_BY_SEGMENT.get(patternSegments[i - 1]);
                try {
                    List<Long> versions = jdbc.queryForList("select version from " + table + " where id = ?", Long.class,
                            Long.parseLong(segments[i]));
                    return versions.isEmpty() ? "0" : versions.get(0).toString();
                } catch (org.springframework.dao.DataAccessException noVersionColumn) {
                    return "0";
                }
            }
        }
        return "0";
    }

    /** An existing id for a form field named like a reference ({@code bodyId}, {@code chair}), if the name says what it is. */
    public java.util.Optional<String> ofField(String name) {
        String table = TABLE_BY_FIELD.get(name);
        if (table == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(idOf(table));
    }

    /**
     * The row of {@code table} the doors are tried on. A case of its own kind: a motion's case has its
     * doors under /motions. Plans and items: the first adopted plan, and its first item the official is
     * not responsible for. Otherwise the newest. (The newest plan or item depends on which tests ran
     * before: a test's draft plan, an item assigned to the official.)
     */
    private String idOf(String table) {
        String where = table.equals("case_file") ? " where case_type <> 'MOTION'" : "";
        String pick = "max";
        if (table.equals("action_plan")) {
            where = " where status = 'ADOPTED'";
            pick = "min";
        } else if (table.equals("action_item")) {
            where = " i " + """
                     where exists (select 1 from action_plan p where p.id = i.plan_id and p.status = 'ADOPTED')
                     and not exists (select 1 from action_item_assignee a join user_account u on u.id = a.user_account_id
                                     where a.item_id = i.id and u.username = 'official')
                     and not exists (select 1 from action_item_responsible_role r join user_account u
                                     on lower(u.job_title) = lower(r.role_title) where r.item_id = i.id and u.username = 'official')""";
            pick = "min";
        }
        Long id = jdbc.queryForObject("select " + pick + "(id) from " + table + where, Long.class);
        return String.valueOf(id == null ? 1 : id);
    }

    private static int indexStartingWith(List<String> segments, String prefix) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
