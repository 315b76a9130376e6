package se.sparbar.referral.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import se.sparbar.referral.StatementDetails;
import se.sparbar.referral.StatementView;
import se.sparbar.shared.Labelled;

/** A body's statement (yttrande) answering a referral. */
@Entity
@Table(name = "statement")
@Audited
class Statement implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    private Referral referral;

    private String summary;

    @Column(name = "full_text", nullable = false)
    private String fullText;

    @Column(name = "body_decision_text", nullable = false, length = 2000)
    private String bodyDecisionText;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(length = 4000)
    private String distribution;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<StatementSignatory> signatories = new ArrayList<>();

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<StatementBasisItem> basis = new ArrayList<>();

    @Version
    private long version;

    protected Statement() {
    }

    public Statement(Referral referral, StatementDetails details, long recordedBy, Instant now) {
        this.referral = referral;
        referral.markAnswered();
        write(details, recordedBy, now);
    }

    public void write(StatementDetails details, long recordedBy, Instant now) {
        this.summary = details.summary() == null || details.summary().isBlank() ? null : details.summary().strip();
        this.fullText = details.fullText().strip();
        this.bodyDecisionText = details.bodyDecisionText().strip();
        this.decidedOn = details.decidedOn();
        this.distribution = details.distribution() == null || details.distribution().isBlank() ? null : details.distribution().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        signatories.clear();
        int ordinal = 1;
        for (StatementDetails.Signatory signatory : details.signatories()) {
            signatories.add(new StatementSignatory(this, ordinal++, signatory.name(), signatory.title()));
        }
        // keep the files of items that stay, in their new order
        List<StatementBasisItem> previous = List.copyOf(basis);
        basis.clear();
        ordinal = 1;
        for (StatementDetails.BasisItem item : details.basis()) {
            Long fileId = item.fileId();
            if (fileId == null && ordinal <= previous.size() && previous.get(ordinal - 1).getTitle().equals(item.title().strip())) {
                fileId = previous.get(ordinal - 1).getFileId();
            }
            basis.add(new StatementBasisItem(this, ordinal++, item.title(), fileId));
        }
    }

    public StatementView toView() {
        return new StatementView(id, referral.getId(), summary, fullText, bodyDecisionText, decidedOn, distribution,
                signatories.stream().map(s -> new StatementDetails.Signatory(s.getName(), s.getTitle())).toList(),
                basis.stream().map(b -> new StatementView.BasisItemView(b.getOrdinal(), b.getTitle(), b.getFileId())).toList(),
                recordedAt, version);
    }

    public Long getId() { return id; }
    public Referral getReferral() { return referral; }
    public long getVersion() { return version; }

    @Override
    public String label() {
        return "statement on referral " + referral.getId();
    }
}
