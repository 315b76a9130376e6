package se.sparbar.notification.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who hears of each kind of step because of their role (followers come on top). The event → recipient
 * table of issue 12, as built; ADR 12 ({@code docs/adr/0012-notifications.md}) prints it.
 */
public final class Recipients {

    /** A group of accounts, found from an outbox row by one SQL statement (over the published views). */
    public enum Group {
        /** The councillor behind the motion: the filing account and the first signatory's account. */
        MOTION_AUTHORS("""
                select distinct v.account_id, 'MOTION_AUTHOR' from motion_party_v v
                where v.part = 'AUTHOR' and (v.motion_id = o.motion_id or (o.motion_id is null and v.case_id = o.case_id))"""),
        /** Co-signers of the motion (invited or confirmed). */
        MOTION_COSIGNERS("""
                select distinct v.account_id, 'MOTION_COSIGNER' from motion_party_v v
                where v.part = 'COSIGNER' and (v.motion_id = o.motion_id or (o.motion_id is null and v.case_id = o.case_id))"""),
        /** The person the step names (e.g. the councillor invited to co-sign), as an account. */
        PERSON_CONCERNED("""
                select c.account_id, 'PERSON_CONCERNED' from organisation_account_contact_v c where c.person_id = o.person_id"""),
        /** Every clerk (registrator / nämndsekreterare). */
        CLERKS("""
                select c.account_id, 'CLERK' from organisation_account_contact_v c where c.clerk and c.enabled"""),
        /** The chair and the adjusters of the meeting. */
        MEETING_SIGNATORIES("""
                select distinct v.account_id, 'MEETING_' || v.role from meeting_signatory_v v where v.meeting_id = o.meeting_id"""),
        /** The officials an item is assigned to, by name or by their role. */
        ITEM_RESPONSIBLE("""
                select distinct v.account_id, 'ITEM_RESPONSIBLE' from actionplan_item_responsible_v v where v.item_id = o.action_item_id"""),
        /**
         * The officials an item was newly assigned to ({@code details.accountIds}, named when the item changed), who
         * are still responsible for it when the worker fans out.
         */
        ITEM_NEWLY_RESPONSIBLE("""
                select distinct v.account_id, 'ITEM_ASSIGNED' from actionplan_item_responsible_v v
                where v.item_id = o.action_item_id and v.account_id::text = any(string_to_array(o.details ->> 'accountIds', ','))"""),
        /** Every official responsible for an item with a report expected in the round ({@code details.roundId}). */
        ROUND_RESPONSIBLE("""
                select distinct v.account_id, 'ROUND_RESPONSIBLE' from actionplan_item_responsible_v v
                join actionplan_missing_report_v m on m.item_id = v.item_id
                where m.round_id = (o.details ->> 'roundId')::bigint""");

        private final String select;

        Group(String select) {
            this.select = select;
        }

        /** A select of (account_id, reason) for the outbox row aliased {@code o}. */
        public String select() {
            return select;
        }
    }

    /**
     * Kind (a record kind's name, a reminder's, or {@link AssignmentListener#KIND}) → the groups told of it. A kind missing here
     * reaches followers only.
     */
    static final Map<String, List<Group>> BY_KIND = Map.ofEntries(
            // councillor: invited to co-sign; a co-signer answered; her motion registered, referred, a statement
            // received, on an agenda, decided (at once, as staff see it; again when published, with the appeal date),
            // written off; one month before the one-year limit
            Map.entry("COSIGN_INVITED", List.of(Group.PERSON_CONCERNED)),
            Map.entry("COSIGN_ANSWERED", List.of(Group.PERSON_CONCERNED, Group.MOTION_AUTHORS)),
            Map.entry("MOTION_REGISTERED", List.of(Group.MOTION_AUTHORS, Group.MOTION_COSIGNERS)),
            Map.entry("REFERRAL_SENT", List.of(Group.MOTION_AUTHORS)),
            Map.entry("STATEMENT_RECEIVED", List.of(Group.MOTION_AUTHORS, Group.CLERKS)),
            Map.entry("PUT_ON_AGENDA", List.of(Group.MOTION_AUTHORS)),
            Map.entry("CASE_DECIDED", List.of(Group.MOTION_AUTHORS, Group.MOTION_COSIGNERS)),
            Map.entry("DECISION_PUBLISHED", List.of(Group.MOTION_AUTHORS, Group.MOTION_COSIGNERS)),
            Map.entry("MOTION_WRITTEN_OFF", List.of(Group.MOTION_AUTHORS, Group.MOTION_COSIGNERS)),
            Map.entry(Reminders.MOTION_LIMIT_NEAR, List.of(Group.MOTION_AUTHORS)),
            // clerk: a motion submitted (the inbox), a referral overdue, minutes waiting for adjustment (the meeting
            // was held), minutes adjusted and ready to post; chair and adjusters: minutes ready for their adjustment
            Map.entry("MOTION_SUBMITTED", List.of(Group.CLERKS)),
            Map.entry(Reminders.REFERRAL_OVERDUE, List.of(Group.CLERKS)),
            Map.entry("MEETING_HELD", List.of(Group.CLERKS, Group.MEETING_SIGNATORIES)),
            Map.entry("MINUTES_ADJUSTED", List.of(Group.CLERKS)),
            // official: an item assigned to them or their role, a follow-up round opened, their report missing
            Map.entry("ACTION_ITEM_CREATED", List.of(Group.ITEM_RESPONSIBLE)),
            Map.entry(AssignmentListener.KIND, List.of(Group.ITEM_NEWLY_RESPONSIBLE)),
            Map.entry(Reminders.ROUND_OPENED, List.of(Group.ROUND_RESPONSIBLE)),
            Map.entry(Reminders.REPORT_MISSING, List.of(Group.ITEM_RESPONSIBLE)));

    /** Kinds nobody but the named recipients may hear of, whatever the row's audience says. */
    static final Set<String> NEVER_TO_FOLLOWERS = Set.of(Reminders.MOTION_LIMIT_NEAR, Reminders.REFERRAL_OVERDUE,
            Reminders.REPORT_MISSING, Reminders.ROUND_OPENED, AssignmentListener.KIND);

    private Recipients() {
    }

    public static List<Group> of(String kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }
}
