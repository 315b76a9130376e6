package se.sparbar.audit;

public enum SecurityEventKind {
    LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, ACCESS_REFUSED
}
