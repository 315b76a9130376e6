package se.sparbar.files;

import java.util.Map;

/** The file types Spårbar accepts, as detected from the bytes, and how lists name them. */
public final class FileKinds {

    /** Accepted media types → the short label lists show. PDF and the usual office formats. */
    public static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "DOC"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/vnd.ms-excel", "XLS"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
            Map.entry("application/vnd.ms-powerpoint", "PPT"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ODS"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "ODP"));

    private FileKinds() {
    }

    public static String label(String mediaType) {
        return ACCEPTED.getOrDefault(mediaType, mediaType);
    }

    public static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return Math.max(1, Math.round(bytes / 1000.0)) + " kB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0).replace('.', ',');
    }
}
