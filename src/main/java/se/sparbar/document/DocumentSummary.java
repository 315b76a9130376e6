package se.sparbar.document;

public record DocumentSummary(long id, String title, String fileName, int sizeBytes) {
}
