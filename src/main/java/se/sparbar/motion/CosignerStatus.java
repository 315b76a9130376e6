package se.sparbar.motion;

/**
 * A co-signer's answer. An invitation still unanswered when the motion is submitted lapses: only
 * confirmed co-signers sign the motion.
 */
public enum CosignerStatus {
    INVITED, CONFIRMED, DECLINED, LAPSED
}
