package se.sparbar.meeting;

import java.util.List;
import java.util.Optional;
import se.sparbar.organisation.BodyRef;

/**
 * What other modules say about putting their cases on a body's agenda. The motion module refuses an
 * unprepared motion on a council agenda and offers the prepared ones.
 */
public interface AgendaRule {

    /** A message key saying why the case may not be put before this body now, or empty when it may. */
    Optional<String> refusal(long caseId, BodyRef body);

    /** Cases ready for this body's agenda. */
    List<Candidate> candidates(BodyRef body);

    /** A case ready for decision. */
    record Candidate(long caseId, String caseNumber, String title) implements se.sparbar.shared.Labelled {
        @Override
        public String label() {
            return caseNumber + " " + title;
        }
    }
}
