package se.sparbar.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.NonParticipationKind;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;
import se.sparbar.meeting.domain.ParagraphView;

/** The forms of the paragraph page, one per part of the paragraph. */
final class ParagraphForms {

    /** The longest proposal, reservation or note the minutes take (as the database checks). */
    static final int MAX_TEXT = 20000;

    private ParagraphForms() {
    }

    static class Texts {
        @NotBlank
        @Size(max = 300)
        private String title;
        @Size(max = 200000)
        private String caseDescription;
        @Size(max = 200000)
        private String preparationText;
        private Long preparationParagraphId;
        @Size(max = 200)
        private String preparationReference;
        private long version;

        static Texts of(ParagraphView p) {
            Texts form = new Texts();
            form.title = p.title();
            form.caseDescription = p.caseDescription();
            form.preparationText = p.preparationText();
            form.preparationParagraphId = p.preparation() == null ? null : p.preparation().id();
            form.preparationReference = p.preparationReference();
            form.version = p.version();
            return form;
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getCaseDescription() { return caseDescription; }
        public void setCaseDescription(String caseDescription) { this.caseDescription = caseDescription; }
        public String getPreparationText() { return preparationText; }
        public void setPreparationText(String preparationText) { this.preparationText = preparationText; }
        public Long getPreparationParagraphId() { return preparationParagraphId; }
        public void setPreparationParagraphId(Long preparationParagraphId) { this.preparationParagraphId = preparationParagraphId; }
        public String getPreparationReference() { return preparationReference; }
        public void setPreparationReference(String preparationReference) { this.preparationReference = preparationReference; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    /** A person picked for one purpose; each form names its field apart, so ids stay unique on the page. */
    static class Speaker {
        @NotNull
        private Long speakerId;

        public Long getSpeakerId() { return speakerId; }
        public void setSpeakerId(Long speakerId) { this.speakerId = speakerId; }
    }

    static class NonParticipant {
        @NotNull
        private Long memberId;
        @NotNull
        private NonParticipationKind reason;

        public Long getMemberId() { return memberId; }
        public void setMemberId(Long memberId) { this.memberId = memberId; }
        public NonParticipationKind getReason() { return reason; }
        public void setReason(NonParticipationKind reason) { this.reason = reason; }
    }

    static class Proposal {
        @NotNull
        private Long moverId;
        @NotNull
        private ProposalKind proposalKind;
        @NotNull
        private Preference preference = Preference.ONLY;
        @NotBlank
        @Size(max = 200)
        private String label;
        @NotBlank
        @Size(max = 20000)
        private String proposalText;
        private List<Long> supporters = new ArrayList<>();

        public Long getMoverId() { return moverId; }
        public void setMoverId(Long moverId) { this.moverId = moverId; }
        public ProposalKind getProposalKind() { return proposalKind; }
        public void setProposalKind(ProposalKind proposalKind) { this.proposalKind = proposalKind; }
        public Preference getPreference() { return preference; }
        public void setPreference(Preference preference) { this.preference = preference; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getProposalText() { return proposalText; }
        public void setProposalText(String proposalText) { this.proposalText = proposalText; }
        public List<Long> getSupporters() { return supporters; }
        public void setSupporters(List<Long> supporters) { this.supporters = supporters; }
    }

    static class Support {
        @NotNull
        private Long proposalId;
        private List<Long> supporterIds = new ArrayList<>();

        public Long getProposalId() { return proposalId; }
        public void setProposalId(Long proposalId) { this.proposalId = proposalId; }
        public List<Long> getSupporterIds() { return supporterIds; }
        public void setSupporterIds(List<Long> supporterIds) { this.supporterIds = supporterIds; }
    }

    /** A step of the decision procedure with the chair's finding. */
    static class Proposition {
        @NotNull
        private Long first;
        @NotNull
        private Long second;
        @NotNull
        private Long winner;
        @Size(max = 5000)
        private String finding;

        public Long getFirst() { return first; }
        public void setFirst(Long first) { this.first = first; }
        public Long getSecond() { return second; }
        public void setSecond(Long second) { this.second = second; }
        public Long getWinner() { return winner; }
        public void setWinner(Long winner) { this.winner = winner; }
        public String getFinding() { return finding; }
        public void setFinding(String finding) { this.finding = finding; }
    }

    /** A roll-call vote: yes for one proposal, no for the other, each entitled member answering. */
    static class Vote {
        @NotNull
        private Long yesId;
        @NotNull
        private Long noId;
        private Map<Long, BallotChoice> ballots = new LinkedHashMap<>();
        private BallotChoice castingChoice;
        @Size(max = 5000)
        private String voteFinding;

        public Long getYesId() { return yesId; }
        public void setYesId(Long yesId) { this.yesId = yesId; }
        public Long getNoId() { return noId; }
        public void setNoId(Long noId) { this.noId = noId; }
        public Map<Long, BallotChoice> getBallots() { return ballots; }
        public void setBallots(Map<Long, BallotChoice> ballots) { this.ballots = ballots; }
        public BallotChoice getCastingChoice() { return castingChoice; }
        public void setCastingChoice(BallotChoice castingChoice) { this.castingChoice = castingChoice; }
        public String getVoteFinding() { return voteFinding; }
        public void setVoteFinding(String voteFinding) { this.voteFinding = voteFinding; }
    }

    static class Decision {
        @NotNull
        private ParagraphOutcome outcome;
        @NotBlank
        @Size(max = 50000)
        private String decisionText;
        private long version;

        public ParagraphOutcome getOutcome() { return outcome; }
        public void setOutcome(ParagraphOutcome outcome) { this.outcome = outcome; }
        public String getDecisionText() { return decisionText; }
        public void setDecisionText(String decisionText) { this.decisionText = decisionText; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    static class ReservationForm {
        @NotNull
        private Long reserverId;
        private boolean forPartyGroup;
        @Size(max = 20000)
        private String writtenText;

        public Long getReserverId() { return reserverId; }
        public void setReserverId(Long reserverId) { this.reserverId = reserverId; }
        public boolean isForPartyGroup() { return forPartyGroup; }
        public void setForPartyGroup(boolean forPartyGroup) { this.forPartyGroup = forPartyGroup; }
        public String getWrittenText() { return writtenText; }
        public void setWrittenText(String writtenText) { this.writtenText = writtenText; }
    }

    static class Note {
        @NotNull
        private Long noterId;
        @NotBlank
        @Size(max = 20000)
        private String noteText;

        public Long getNoterId() { return noterId; }
        public void setNoterId(Long noterId) { this.noterId = noterId; }
        public String getNoteText() { return noteText; }
        public void setNoteText(String noteText) { this.noteText = noteText; }
    }

    static class Distribution {
        @Size(max = 20000)
        private String recipients;
        @Size(max = 20000)
        private String basis;

        static Distribution of(ParagraphView p) {
            Distribution form = new Distribution();
            form.recipients = String.join("\n", p.distribution());
            form.basis = String.join("\n", p.basis().stream().map(ParagraphView.Basis::title).toList());
            return form;
        }

        static List<String> lines(String text) {
            return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }

        public String getRecipients() { return recipients; }
        public void setRecipients(String recipients) { this.recipients = recipients; }
        public String getBasis() { return basis; }
        public void setBasis(String basis) { this.basis = basis; }
    }
}
