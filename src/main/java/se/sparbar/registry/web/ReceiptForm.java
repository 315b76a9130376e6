package se.sparbar.registry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import se.sparbar.files.AttachedFiles;

/**
 * What every registration of something received records, a new case or a document onto a case: who
 * sent it, the day it came in (not after today), a short summary, and its files.
 */
public abstract class ReceiptForm {

    @NotBlank
    @Size(max = 300)
    private String sender;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;
    @Size(max = 1000)
    private String summary;
    private List<MultipartFile> file;

    /** A blank form received today. */
    static <F extends ReceiptForm> F receivedToday(F form, Clock clock) {
        form.setReceivedOn(LocalDate.now(clock));
        return form;
    }

    /** The files to store; a date after today, too many files or too large ones become field errors. */
    List<AttachedFiles.NewFile> checkReceipt(BindingResult errors, Clock clock) {
        if (receivedOn != null && receivedOn.isAfter(LocalDate.now(clock))) {
            errors.rejectValue("receivedOn", "case.register.receivedInFuture");
        }
        return Uploads.of(file, errors);
    }

    /** NUL characters never reach the database. */
    static String clean(String value) {
        return value == null ? null : value.replace("\0", "");
    }

    public String getSender() { return sender; }
    public void setSender(String sender) { this.sender = clean(sender); }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = clean(summary); }
    public List<MultipartFile> getFile() { return file; }
    public void setFile(List<MultipartFile> file) { this.file = file; }
}
