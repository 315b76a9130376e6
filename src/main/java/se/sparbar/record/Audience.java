package se.sparbar.record;

/**
 * Who may see a row. PUBLIC: anyone, from the row's public-from time; STAFF: logged-in staff (a decision
 * before its minutes are posted); PRIVATE: nobody on a page, only the people it concerns hear of it
 * (a co-sign invitation on a draft).
 */
public enum Audience {
    PUBLIC, STAFF, PRIVATE
}
