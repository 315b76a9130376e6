package se.sparbar.files.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Depublishing a file: the reason (kept in the audit trail) and the version the clerk saw. */
public class DepublishForm {

    @NotBlank
    @Size(max = 1000)
    private String reason;

    private long version;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
