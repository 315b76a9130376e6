package se.sparbar.motion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.sparbar.shared.Labelled;

/** One att-sats: "… föreslår att …". */
@Entity
@Table(name = "motion_proposal")
@Audited
class MotionProposal implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "motion_id", nullable = false, updatable = false)
    private Motion motion;

    @Column(nullable = false)
    private short ordinal;

    @Column(name = "proposal_text", nullable = false, length = 4000)
    private String text;

    protected MotionProposal() {
    }

    MotionProposal(Motion motion, int ordinal, String text) {
        this.motion = motion;
        this.ordinal = (short) ordinal;
        this.text = text.trim();
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getText() {
        return text;
    }

    @Override
    public String label() {
        return ordinal + ". " + text;
    }
}
