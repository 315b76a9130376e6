package se.sparbar.meeting;

/** What a proposal made at the meeting (yrkande) asks for. */
public enum ProposalKind {
    APPROVE, REJECT, AMEND, SEND_BACK, TABLE, OTHER
}
