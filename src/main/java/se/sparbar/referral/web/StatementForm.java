package se.sparbar.referral.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import se.sparbar.files.AttachedFiles;
import se.sparbar.files.RejectedFileException;
import se.sparbar.referral.BasisFile;
import se.sparbar.referral.StatementDetails;
import se.sparbar.referral.StatementView;

/** A statement as seed 002 has it: summary, the case in full, the body's decision, basis, distribution, signatures. */
public class StatementForm {

    /** Where the clerk came from (a motion's page or the case's), to return there; only such local paths are kept. */
    private String back;

    static final int BASIS_ROWS = 5;
    static final int SIGNATORY_ROWS = 3;

    @Size(max = 10_000)
    private String summary;

    @NotBlank
    @Size(max = 200_000)
    private String fullText;

    @NotBlank
    @Size(max = 2000)
    private String bodyDecisionText;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;

    @Size(max = 4000)
    private String distribution;

    @Valid
    private List<SignatoryRow> signatories = new ArrayList<>();

    @Valid
    private List<BasisRow> basis = new ArrayList<>();

    private long version = -1; // new until saved once

    static StatementForm of(StatementView view) {
        StatementForm form = new StatementForm();
        form.summary = view.summary();
        form.fullText = view.fullText();
        form.bodyDecisionText = view.bodyDecisionText();
        form.decidedOn = view.decidedOn();
        form.distribution = view.distribution();
        view.signatories().forEach(s -> form.signatories.add(new SignatoryRow(s.name(), s.title())));
        view.basis().forEach(b -> {
            BasisRow row = new BasisRow();
            row.setTitle(b.title());
            row.setFileId(b.fileId());
            form.basis.add(row);
        });
        form.version = view.version();
        return form;
    }

    void pad() {
        while (signatories.size() < SIGNATORY_ROWS) {
            signatories.add(new SignatoryRow(null, null));
        }
        while (basis.size() < BASIS_ROWS) {
            basis.add(new BasisRow());
        }
    }

    /** Each row is whole or empty; each file of a type and size the files module accepts. Checked before anything is stored. */
    void checkRows(Errors errors, AttachedFiles files) {
        for (int i = 0; i < signatories.size(); i++) {
            SignatoryRow row = signatories.get(i);
            if (row.isBlank()) {
                continue;
            }
            if (isBlank(row.getName())) {
                errors.rejectValue("signatories[" + i + "].name", "NotBlank");
            }
            if (isBlank(row.getTitle())) {
                errors.rejectValue("signatories[" + i + "].title", "NotBlank");
            }
        }
        for (int i = 0; i < basis.size(); i++) {
            BasisRow row = basis.get(i);
            boolean hasFile = row.getFile() != null && !row.getFile().isEmpty();
            if (hasFile && isBlank(row.getTitle())) {
                errors.rejectValue("basis[" + i + "].title", "statement.basis.titleRequired");
            }
            if (hasFile) {
                try {
                    files.check(new AttachedFiles.NewFile(row.getTitle(), row.getFile().getOriginalFilename(), row.getFile().getBytes()));
                } catch (RejectedFileException e) {
                    errors.rejectValue("basis[" + i + "].file", e.messageKey());
                } catch (IOException e) {
                    errors.rejectValue("basis[" + i + "].file", "files.error." + RejectedFileException.Reason.EMPTY.name());
                }
            }
        }
    }

    StatementDetails toDetails() {
        return new StatementDetails(summary, fullText, bodyDecisionText, decidedOn, distribution,
                signatories.stream().filter(s -> !s.isBlank()).map(s -> new StatementDetails.Signatory(s.getName(), s.getTitle())).toList(),
                basis.stream().filter(b -> !isBlank(b.getTitle())).map(b -> new StatementDetails.BasisItem(b.getTitle(), b.getFileId())).toList(),
                version);
    }

    /** The uploaded files, in the order of the basis items that are kept (null where no new file). */
    List<BasisFile> uploads() {
        List<BasisFile> uploads = new ArrayList<>();
        for (BasisRow row : basis) {
            if (isBlank(row.getTitle())) {
                continue;
            }
            MultipartFile file = row.getFile();
            try {
                uploads.add(file == null || file.isEmpty() ? null : new BasisFile(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static class SignatoryRow {
        @Size(max = 200)
        private String name;
        @Size(max = 200)
        private String title;

        public SignatoryRow() {
        }

        SignatoryRow(String name, String title) {
            this.name = name;
            this.title = title;
        }

        boolean isBlank() {
            return StatementForm.isBlank(name) && StatementForm.isBlank(title);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
    }

    public static class BasisRow {
        @Size(max = 300)
        private String title;
        private MultipartFile file;
        private Long fileId;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile file) { this.file = file; }
        public Long getFileId() { return fileId; }
        public void setFileId(Long fileId) { this.fileId = fileId; }
    }

    public String getBack() { return back; }
    public void setBack(String back) { this.back = back != null && back.matches("/(motions|cases)/\\d{1,18}") ? back : null; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getFullText() { return fullText; }
    public void setFullText(String fullText) { this.fullText = fullText; }
    public String getBodyDecisionText() { return bodyDecisionText; }
    public void setBodyDecisionText(String bodyDecisionText) { this.bodyDecisionText = bodyDecisionText; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public String getDistribution() { return distribution; }
    public void setDistribution(String distribution) { this.distribution = distribution; }
    public List<SignatoryRow> getSignatories() { return signatories; }
    public void setSignatories(List<SignatoryRow> signatories) { this.signatories = signatories; }
    public List<BasisRow> getBasis() { return basis; }
    public void setBasis(List<BasisRow> basis) { this.basis = basis; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
