package se.sparbar.files.domain;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import se.sparbar.audit.HistoryReadRule;
import se.sparbar.files.AttachedFiles.Reader;
import se.sparbar.organisation.AccountId;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.web.CurrentUser;

/** A file's history (who uploaded it, who depublished it and why) is as private as the file's owner. */
@Component
class FileHistoryReadRule implements HistoryReadRule {

    private final FileStore files;

    FileHistoryReadRule(FileStore files) {
        this.files = files;
    }

    @Override
    public java.util.Set<String> entityNames() {
        return java.util.Set.of("AttachedFile");
    }

    @Override
    public boolean mayRead(String entityName, long id, Authentication viewer) {
        try {
            files.visible(id, new Reader(AccountId.ofOptional(viewer), staff(viewer)));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    static boolean staff(Authentication viewer) {
        return CurrentUser.hasRole(viewer, "CLERK") || CurrentUser.hasRole(viewer, "OFFICIAL") || CurrentUser.hasRole(viewer, "ADMIN");
    }
}
