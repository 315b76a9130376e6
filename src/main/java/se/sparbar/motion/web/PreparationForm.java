package se.sparbar.motion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.sparbar.motion.Outcome;
import se.sparbar.referral.PreparationDetails;
import se.sparbar.referral.PreparationView;

public class PreparationForm {

    @NotNull
    private Long preparingBodyId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate preparedOn;

    @NotNull
    private Outcome proposedOutcome;

    @NotBlank
    @Size(max = 20_000)
    private String proposalText;

    private long version = -1; // new until saved once

    /** The explicit choice to prepare while referrals are unanswered, and its reason. */
    private boolean proceedDespiteReferrals;

    @Size(max = 2000)
    private String proceedReason;

    /** The reason to go ahead without the statements, when the clerk chose to; otherwise null. */
    String reasonToProceed() {
        return proceedDespiteReferrals ? (proceedReason == null ? "" : proceedReason) : null;
    }

    static PreparationForm of(PreparationView view) {
        PreparationForm form = new PreparationForm();
        form.preparingBodyId = view.preparingBodyId();
        form.preparedOn = view.preparedOn();
        form.proposedOutcome = Outcome.valueOf(view.proposedOutcome());
        form.proposalText = view.proposalText();
        form.version = view.version();
        return form;
    }

    PreparationDetails toDetails() {
        return new PreparationDetails(preparingBodyId, preparedOn, proposedOutcome.name(), proposalText, version);
    }

    public Long getPreparingBodyId() { return preparingBodyId; }
    public void setPreparingBodyId(Long preparingBodyId) { this.preparingBodyId = preparingBodyId; }
    public LocalDate getPreparedOn() { return preparedOn; }
    public void setPreparedOn(LocalDate preparedOn) { this.preparedOn = preparedOn; }
    public Outcome getProposedOutcome() { return proposedOutcome; }
    public void setProposedOutcome(Outcome proposedOutcome) { this.proposedOutcome = proposedOutcome; }
    public String getProposalText() { return proposalText; }
    public void setProposalText(String proposalText) { this.proposalText = proposalText; }
    public boolean isProceedDespiteReferrals() { return proceedDespiteReferrals; }
    public void setProceedDespiteReferrals(boolean proceedDespiteReferrals) { this.proceedDespiteReferrals = proceedDespiteReferrals; }
    public String getProceedReason() { return proceedReason; }
    public void setProceedReason(String proceedReason) { this.proceedReason = proceedReason; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
