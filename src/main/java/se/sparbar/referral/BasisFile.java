package se.sparbar.referral;

/** A file of a statement's decision basis, as the clerk uploaded it (at most 20 MB, read into memory). */
public record BasisFile(String fileName, byte[] content) {
}
