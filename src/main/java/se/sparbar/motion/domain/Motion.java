package se.sparbar.motion.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import se.sparbar.motion.CosignerStatus;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.MotionStatus;
import se.sparbar.motion.Outcome;
import se.sparbar.shared.Labelled;
import se.sparbar.shared.FieldRefusedException;
import se.sparbar.shared.RefusedException;

/**
 * A motion (fullmäktigemotion). Every change of state is a method here that refuses what the
 * rules do not allow, with a reason; the database's checks back the same rules.
 */
@Entity
@Table(name = "motion")
@Audited
class Motion implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "addressed_body_id", nullable = false)
    private long addressedBodyId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "motion_text", nullable = false)
    private String text;

    @Column(name = "first_signatory_id", nullable = false, updatable = false)
    private long firstSignatoryId;

    @Column(name = "filed_by", nullable = false, updatable = false)
    private long filedBy;

    @Column(name = "party_id")
    private Long partyId;

    @Column(name = "contact_first_name", nullable = false, length = 100)
    private String contactFirstName;

    @Column(name = "contact_last_name", nullable = false, length = 100)
    private String contactLastName;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "filed_year")
    private Short filedYear;

    @Column(name = "deadline_on")
    private LocalDate deadlineOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MotionStatus status = MotionStatus.DRAFT;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** Why the motion was prepared while referrals were still unanswered (null when none was). */
    @Column(name = "prepared_despite_referrals", length = 2000)
    private String preparedDespiteReferrals;

    @OneToMany(mappedBy = "motion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<MotionProposal> proposals = new ArrayList<>();

    @OneToMany(mappedBy = "motion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MotionCosigner> cosigners = new ArrayList<>();

    @Version
    private long version;

    protected Motion() {
    }

    /** A new draft by a councillor (the first signatory) whose party is frozen as it is today. */
    public Motion(long filedBy, long firstSignatoryId, Long partyId, MotionDraft draft, Instant now) {
        this.filedBy = filedBy;
        this.firstSignatoryId = firstSignatoryId;
        this.partyId = partyId;
        this.createdAt = now;
        this.statusChangedAt = now;
        write(draft, now);
    }

    /** Changes the text, proposals, co-signers and contact of a draft. */
    public void edit(MotionDraft draft, Instant now) {
        require(EnumSet.of(MotionStatus.DRAFT), "motion.refused.notDraft");
        write(draft, now);
    }

    private void write(MotionDraft draft, Instant now) {
        this.title = draft.title().trim();
        this.text = draft.text().strip();
        this.addressedBodyId = draft.addressedBodyId();
        this.contactFirstName = draft.contact().firstName().trim();
        this.contactLastName = draft.contact().lastName().trim();
        this.contactPhone = blankToNull(draft.contact().phone());
        this.contactEmail = blankToNull(draft.contact().email());
        proposals.clear();
        List<String> texts = draft.proposals().stream().filter(p -> p != null && !p.isBlank()).toList();
        for (int i = 0; i < texts.size(); i++) {
            proposals.add(new MotionProposal(this, i + 1, texts.get(i)));
        }
        Set<Long> invited = draft.cosignerPersonIds();
        cosigners.removeIf(c -> !invited.contains(c.getPersonId()));
        for (Long personId : invited) {
            if (personId != firstSignatoryId && cosigner(personId).isEmpty()) {
                cosigners.add(new MotionCosigner(this, personId, now));
            }
        }
    }

    /** A co-signer confirms or declines, while the motion is still a draft. */
    public void answerInvitation(long personId, boolean confirm, Instant now) {
        require(EnumSet.of(MotionStatus.DRAFT), "motion.refused.invitationClosed");
        MotionCosigner cosigner = cosigner(personId)
                .filter(c -> c.getStatus() == CosignerStatus.INVITED)
                .orElseThrow(() -> new RefusedException("motion.refused.noInvitation"));
        cosigner.answer(confirm, now);
    }

    /**
     * Files the motion: from now the one-year clock runs until {@code deadline}. Invitations not
     * yet answered lapse: only confirmed co-signers sign the motion.
     */
    public void submit(Instant now, int filedYear, LocalDate deadline) {
        require(EnumSet.of(MotionStatus.DRAFT), "motion.refused.notDraft");
        if (proposals.isEmpty()) {
            throw new RefusedException("motion.refused.noProposal");
        }
        cosigners.stream().filter(c -> c.getStatus() == CosignerStatus.INVITED).forEach(MotionCosigner::lapse);
        this.submittedAt = now;
        this.filedYear = (short) filedYear;
        this.deadlineOn = deadline;
        moveTo(MotionStatus.SUBMITTED, now);
    }

    /** The clerk registers the motion as a case. */
    public void register(long caseId, Instant now) {
        require(EnumSet.of(MotionStatus.SUBMITTED), "motion.refused.notSubmitted");
        this.caseId = caseId;
        moveTo(MotionStatus.REGISTERED, now);
    }

    /** Sent to one or more bodies for a statement (remiss); may happen again after a referral back. */
    public void refer(Instant now) {
        require(EnumSet.of(MotionStatus.REGISTERED, MotionStatus.REFERRED, MotionStatus.SENT_BACK), "motion.refused.notInPreparation");
        moveTo(MotionStatus.REFERRED, now);
    }

    /**
     * The executive board has made its proposal: the motion can go on the council's agenda. While
     * referrals are unanswered this needs an explicit choice to go ahead, with its reason (kept).
     *
     * @param unansweredReferrals referrals of the case still waiting for a statement
     * @param reasonToProceed     the clerk's reason for preparing without them, or null when not chosen
     */
    public void prepare(Instant now, int unansweredReferrals, String reasonToProceed) {
        require(EnumSet.of(MotionStatus.REGISTERED, MotionStatus.REFERRED, MotionStatus.SENT_BACK), "motion.refused.notInPreparation");
        if (unansweredReferrals > 0 && (reasonToProceed == null || reasonToProceed.isBlank())) {
            throw new FieldRefusedException("proceedReason", "motion.refused.unansweredReferrals", unansweredReferrals);
        }
        this.preparedDespiteReferrals = unansweredReferrals > 0 ? reasonToProceed.strip() : null;
        moveTo(MotionStatus.PREPARED, now);
    }

    public String getPreparedDespiteReferrals() { return preparedDespiteReferrals; }

    /** The council decided the motion. */
    public void decide(Outcome outcome, LocalDate decidedOn, Instant now) {
        require(EnumSet.of(MotionStatus.PREPARED), "motion.refused.notPrepared");
        this.decidedOn = decidedOn;
        moveTo(outcome.decidedStatus(), now);
    }

    /** The council sent the motion back for more preparation (återremiss). */
    public void sendBack(Instant now) {
        require(EnumSet.of(MotionStatus.PREPARED), "motion.refused.notPrepared");
        moveTo(MotionStatus.SENT_BACK, now);
    }

    /** The council wrote the motion off (avskrivning), e.g. when it could not be prepared in time. */
    public void writeOff(LocalDate decidedOn, Instant now) {
        require(MotionStatus.IN_PREPARATION, "motion.refused.notInPreparation");
        this.decidedOn = decidedOn;
        moveTo(MotionStatus.WRITTEN_OFF, now);
    }

    /** The filer takes the motion back (återtar), at any time until it is decided. It stays on record. */
    public void withdraw(Instant now) {
        if (status.isFinal()) {
            throw new RefusedException("motion.refused.final");
        }
        this.withdrawnAt = now;
        moveTo(MotionStatus.WITHDRAWN, now);
    }

    private void require(Set<MotionStatus> allowed, String reason) {
        if (!allowed.contains(status)) {
            throw new RefusedException(reason);
        }
    }

    private void moveTo(MotionStatus next, Instant now) {
        this.status = next;
        this.statusChangedAt = now;
    }

    public Optional<MotionCosigner> cosigner(long personId) {
        return cosigners.stream().filter(c -> c.getPersonId() == personId).findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public long getAddressedBodyId() { return addressedBodyId; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public long getFirstSignatoryId() { return firstSignatoryId; }
    public long getFiledBy() { return filedBy; }
    public Long getPartyId() { return partyId; }
    public String getContactFirstName() { return contactFirstName; }
    public String getContactLastName() { return contactLastName; }
    public String getContactPhone() { return contactPhone; }
    public String getContactEmail() { return contactEmail; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public LocalDate getDeadlineOn() { return deadlineOn; }
    public MotionStatus getStatus() { return status; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public List<MotionProposal> getProposals() { return List.copyOf(proposals); }
    public List<MotionCosigner> getCosigners() { return List.copyOf(cosigners); }
    public long getVersion() { return version; }

    @Override
    public String label() {
        return title;
    }
}
