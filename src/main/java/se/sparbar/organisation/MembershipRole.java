package se.sparbar.organisation;

/** A person's role in a body: ordförande, vice ordförande, ledamot, ersättare. */
public enum MembershipRole {
    CHAIR, VICE_CHAIR, MEMBER, SUBSTITUTE
}
