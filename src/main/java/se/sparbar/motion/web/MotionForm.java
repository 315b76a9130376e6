package se.sparbar.motion.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;
import se.sparbar.motion.MotionDraft;

/** The motion form: one for a new draft and for editing it. Plain text only; never HTML. */
public class MotionForm {

    static final int MAX_PROPOSAL_LENGTH = 4000;
    static final int MAX_PROPOSALS = 50;

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotBlank
    @Size(max = 100_000)
    private String text;

    private List<String> proposals = new ArrayList<>();

    @NotNull
    private Long addressedBodyId;

    private Set<Long> cosignerIds = new HashSet<>();

    @NotBlank
    @Size(max = 100)
    private String contactFirstName;

    @NotBlank
    @Size(max = 100)
    private String contactLastName;

    @Size(max = 40)
    @Pattern(regexp = "[0-9 +()-]*")
    private String contactPhone;

    @Size(max = 254)
    @Email
    private String contactEmail;

    private long version;

    static MotionForm of(MotionDraft draft, long version) {
        MotionForm form = new MotionForm();
        form.title = draft.title();
        form.text = draft.text();
        form.proposals = new ArrayList<>(draft.proposals());
        form.addressedBodyId = draft.addressedBodyId();
        form.cosignerIds = new HashSet<>(draft.cosignerPersonIds());
        form.contactFirstName = draft.contact().firstName();
        form.contactLastName = draft.contact().lastName();
        form.contactPhone = draft.contact().phone();
        form.contactEmail = draft.contact().email();
        form.version = version;
        return form;
    }

    /** At least one proposal (att-sats), none too long; reported beside the first proposal field. */
    void checkProposals(Errors errors) {
        List<String> written = proposals.stream().filter(p -> p != null && !p.isBlank()).toList();
        if (written.isEmpty()) {
            errors.rejectValue("proposals[0]", "motion.proposals.required");
        }
        for (int i = 0; i < proposals.size(); i++) {
            if (proposals.get(i) != null && proposals.get(i).length() > MAX_PROPOSAL_LENGTH) {
                errors.rejectValue("proposals[" + i + "]", "Size", new Object[] {"", MAX_PROPOSAL_LENGTH, 0}, null);
            }
        }
        if (written.size() > MAX_PROPOSALS) {
            errors.rejectValue("proposals[0]", "motion.proposals.tooMany");
        }
    }

    /** Shows at least {@code count} proposal fields, so that there is always an empty one to fill in. */
    void padProposals(int count) {
        while (proposals.size() < count) {
            proposals.add("");
        }
    }

    MotionDraft toDraft() {
        return new MotionDraft(title, text, proposals, addressedBodyId, cosignerIds,
                new MotionDraft.Contact(contactFirstName, contactLastName, contactPhone, contactEmail));
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<String> getProposals() { return proposals; }
    public void setProposals(List<String> proposals) { this.proposals = proposals == null ? new ArrayList<>() : proposals; }
    public Long getAddressedBodyId() { return addressedBodyId; }
    public void setAddressedBodyId(Long addressedBodyId) { this.addressedBodyId = addressedBodyId; }
    public Set<Long> getCosignerIds() { return cosignerIds; }
    public void setCosignerIds(Set<Long> cosignerIds) { this.cosignerIds = cosignerIds == null ? new HashSet<>() : cosignerIds; }
    public String getContactFirstName() { return contactFirstName; }
    public void setContactFirstName(String contactFirstName) { this.contactFirstName = contactFirstName; }
    public String getContactLastName() { return contactLastName; }
    public void setContactLastName(String contactLastName) { this.contactLastName = contactLastName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
