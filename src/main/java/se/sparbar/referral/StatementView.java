package se.sparbar.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record StatementView(long id, long referralId, String summary, String fullText, String bodyDecisionText,
                            LocalDate decidedOn, String distribution, List<StatementDetails.Signatory> signatories,
                            List<BasisItemView> basis, Instant recordedAt, long version) {

    public record BasisItemView(int number, String title, Long fileId) {
    }
}
