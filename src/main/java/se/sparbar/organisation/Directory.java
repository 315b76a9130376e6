package se.sparbar.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read-only look-ups of people, bodies and accounts for other modules. Each call is one query. */
public interface Directory {

    /** The person a user account belongs to, if the administrator has linked one. */
    Optional<PersonRef> personOfAccount(long userAccountId);

    /** People with an active councillor account: those who can be invited to co-sign a motion. */
    List<PersonRef> councillors();

    Map<Long, PersonRef> people(Collection<Long> ids);

    /** The account ids of these people, for notifying them (person id → account id). */
    Map<Long, Long> accountsOf(Collection<Long> personIds);

    List<PartyRef> parties();

    List<BodyRef> activeBodies();

    Optional<BodyRef> body(long id);

    Optional<BodyRef> bodyByAbbreviation(String abbreviation);

    Map<Long, BodyRef> bodies(Collection<Long> ids);

    /** Display names of user accounts (account id → name), e.g. who registered a case. */
    Map<Long, String> accountNames(Collection<Long> ids);

    /** Everyone on record, by name: for choosing a meeting's secretary. */
    List<PersonRef> everyone();

    /** Who sits in the body on the day, members first, then substitutes, by name. */
    List<Seat> seats(long bodyId, LocalDate on);

    Optional<PersonRef> person(long id);

    /** A person's memberships over time, newest first. One query. */
    List<MembershipLine> membershipsOf(long personId);

    /** A body's memberships over time, newest first. One query. */
    List<MembershipLine> membershipsIn(long bodyId);

    /** A member's seat in a body on a day. */
    record Seat(PersonRef person, MembershipRole role) {

        /** Members (chair, vice chair, member) count towards the quorum; substitutes do not. */
        public boolean member() {
            return role != MembershipRole.SUBSTITUTE;
        }
    }

    /** A membership as the public record shows it: body, role, from–to. No contact details. */
    record MembershipLine(PersonRef person, BodyRef body, MembershipRole role, LocalDate validFrom, LocalDate validTo) {
    }
}
