package se.sparbar.notification.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import se.sparbar.notification.domain.Subscriptions.Frequency;
import se.sparbar.notification.domain.Subscriptions.TargetKind;

/** Following a case, a body, a person or a search: what, at which address, how often. */
public class FollowForm {

    /** The same rule as the database's check: something@something.something, no spaces. */
    static final String EMAIL = "[^@\\s\\x00]+@[^@\\s\\x00]+\\.[^@\\s\\x00]+";

    @NotNull
    private TargetKind kind;

    private Long targetId;

    @Size(max = 200)
    private String searchText;

    @NotBlank
    @Size(max = 254)
    @Pattern(regexp = EMAIL, message = "{email.invalid}")
    private String email;

    @NotNull
    private Frequency frequency = Frequency.IMMEDIATE;

    /** What the annotations cannot say: a search needs its words, anything else its id; no NUL characters. */
    void check(BindingResult errors) {
        if (kind == TargetKind.SEARCH && (searchText == null || searchText.isBlank()) && !errors.hasFieldErrors("searchText")) {
            errors.rejectValue("searchText", "NotBlank");
        }
        if (searchText != null && searchText.indexOf('\0') >= 0) {
            errors.rejectValue("searchText", "typeMismatch");
        }
    }

    public TargetKind getKind() { return kind; }
    public void setKind(TargetKind kind) { this.kind = kind; }
    public Long getTargetId() { return targetId; }
    public void setTargetId(Long targetId) { this.targetId = targetId; }
    public String getSearchText() { return searchText; }
    public void setSearchText(String searchText) { this.searchText = searchText; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? null : email.trim(); }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
}
