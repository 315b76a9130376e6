package se.sparbar.governance.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import se.sparbar.governance.DocumentType;
import se.sparbar.governance.GoverningDocumentDetails;
import se.sparbar.governance.domain.GoverningRegister;

public class GoverningDocumentForm {

    @NotNull
    private DocumentType type;

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotNull
    private Long ownerBodyId;

    @NotBlank
    @Size(max = 100)
    private String adoptedReference;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate adoptedOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @Min(1)
    @Max(120)
    private Integer reviewIntervalMonths;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextReviewOn;

    private Long replacesId;

    private long version;

    static GoverningDocumentForm of(GoverningRegister.Entry entry) {
        GoverningDocumentForm form = new GoverningDocumentForm();
        form.type = entry.type();
        form.title = entry.title();
        form.ownerBodyId = entry.ownerBodyId();
        form.adoptedReference = entry.adoptedReference();
        form.adoptedOn = entry.adoptedOn();
        form.validFrom = entry.validFrom();
        form.reviewIntervalMonths = entry.reviewIntervalMonths();
        form.nextReviewOn = entry.nextReviewOn();
        form.replacesId = entry.replacesId();
        form.version = entry.version();
        return form;
    }

    /** Dates in order: in force from (at the earliest a year before) adoption; reviewed after it takes effect. */
    void checkDates(Errors errors) {
        if (adoptedOn != null && validFrom != null && validFrom.isBefore(adoptedOn.minusDays(366)) && !errors.hasFieldErrors("validFrom")) {
            errors.rejectValue("validFrom", "governance.validFrom.tooEarly");
        }
        if (validFrom != null && nextReviewOn != null && nextReviewOn.isBefore(validFrom) && !errors.hasFieldErrors("nextReviewOn")) {
            errors.rejectValue("nextReviewOn", "governance.nextReview.beforeValid");
        }
    }

    GoverningDocumentDetails toDetails() {
        return new GoverningDocumentDetails(type, title, ownerBodyId, adoptedReference, adoptedOn, validFrom,
                reviewIntervalMonths, nextReviewOn, replacesId, version);
    }

    public DocumentType getType() { return type; }
    public void setType(DocumentType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getOwnerBodyId() { return ownerBodyId; }
    public void setOwnerBodyId(Long ownerBodyId) { this.ownerBodyId = ownerBodyId; }
    public String getAdoptedReference() { return adoptedReference; }
    public void setAdoptedReference(String adoptedReference) { this.adoptedReference = adoptedReference; }
    public LocalDate getAdoptedOn() { return adoptedOn; }
    public void setAdoptedOn(LocalDate adoptedOn) { this.adoptedOn = adoptedOn; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public Integer getReviewIntervalMonths() { return reviewIntervalMonths; }
    public void setReviewIntervalMonths(Integer reviewIntervalMonths) { this.reviewIntervalMonths = reviewIntervalMonths; }
    public LocalDate getNextReviewOn() { return nextReviewOn; }
    public void setNextReviewOn(LocalDate nextReviewOn) { this.nextReviewOn = nextReviewOn; }
    public Long getReplacesId() { return replacesId; }
    public void setReplacesId(Long replacesId) { this.replacesId = replacesId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
