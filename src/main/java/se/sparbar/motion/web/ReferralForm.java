package se.sparbar.motion.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

public class ReferralForm {

    @NotEmpty
    private Set<Long> bodyIds = new HashSet<>();

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    public Set<Long> getBodyIds() { return bodyIds; }
    public void setBodyIds(Set<Long> bodyIds) { this.bodyIds = bodyIds == null ? new HashSet<>() : bodyIds; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
}
