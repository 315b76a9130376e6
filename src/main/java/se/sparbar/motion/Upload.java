package se.sparbar.motion;

/** A file a clerk attaches, already read into memory (at most 20 MB). */
public record Upload(String fileName, byte[] content) {
}
