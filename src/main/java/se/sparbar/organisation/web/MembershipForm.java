package se.sparbar.organisation.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import se.sparbar.organisation.Commands.MembershipDetails;
import se.sparbar.organisation.MembershipRole;
import se.sparbar.organisation.domain.MembershipRow;

public class MembershipForm {

    @NotNull
    private Long bodyId;

    @NotNull
    private MembershipRole role;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;

    private long version;

    static MembershipForm of(MembershipRow membership) {
        MembershipForm form = new MembershipForm();
        form.bodyId = membership.body().id();
        form.role = membership.role();
        form.validFrom = membership.validFrom();
        form.validTo = membership.validTo();
        form.version = membership.version();
        return form;
    }

    /** A term cannot end before it starts; reported beside the end date. */
    void checkTerm(Errors errors) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom) && !errors.hasFieldErrors("validTo")) {
            errors.rejectValue("validTo", "membership.validTo.beforeFrom");
        }
    }

    MembershipDetails toDetails() {
        return new MembershipDetails(bodyId, role, validFrom, validTo, version);
    }

    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
    public MembershipRole getRole() { return role; }
    public void setRole(MembershipRole role) { this.role = role; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
