package se.sparbar.meeting;

import java.util.List;

/**
 * What other modules link to a minutes paragraph, for the paragraph's page: the action module offers
 * the plans a paragraph adopted and the items that carry it out. The meeting module knows none of them.
 */
public interface ParagraphFollowUp {

    /** The links to show under the paragraph, in the order they should be listed. One statement or two. */
    List<Link> linksOf(long paragraphId);

    /**
     * A link under a paragraph: its target, its text, and the message key of a status shown after it
     * (or null for none).
     */
    record Link(String url, String text, String statusKey) {
    }
}
