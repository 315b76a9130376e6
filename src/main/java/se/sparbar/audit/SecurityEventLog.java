package se.sparbar.audit;

/** Records logins and refused requests, in the log and in the database; what the security module calls. */
public interface SecurityEventLog {

    /** Stored in its own transaction: a refused request's own transaction (if any) rolls back. */
    void record(SecurityEventKind kind, String username, String remoteAddress, String detail);
}
