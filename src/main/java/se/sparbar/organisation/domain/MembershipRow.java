package se.sparbar.organisation.domain;

import java.time.LocalDate;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.MembershipRole;

/** A person's seat in a body as the administrator's pages show and edit it. */
public record MembershipRow(long id, long personId, BodyRef body, MembershipRole role, LocalDate validFrom, LocalDate validTo,
                            long version) {

    static MembershipRow of(Membership membership) {
        Body body = membership.getBody();
        return new MembershipRow(membership.getId(), membership.getPerson().getId(),
                new BodyRef(body.getId(), body.getAbbreviation(), body.getName(), body.getType()),
                membership.getRole(), membership.getValidFrom(), membership.getValidTo(), membership.getVersion());
    }
}
