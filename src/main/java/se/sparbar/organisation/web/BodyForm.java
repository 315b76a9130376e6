package se.sparbar.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.sparbar.organisation.BodyType;
import se.sparbar.organisation.Commands.BodyDetails;
import se.sparbar.organisation.domain.BodyRow;

public class BodyForm {

    @NotBlank
    @Size(max = 20)
    private String abbreviation;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private BodyType type;

    private long version;

    static BodyForm of(BodyRow body) {
        BodyForm form = new BodyForm();
        form.abbreviation = body.abbreviation();
        form.name = body.name();
        form.type = body.type();
        form.version = body.version();
        return form;
    }

    BodyDetails toDetails() {
        return new BodyDetails(abbreviation, name, type, version);
    }

    public String getAbbreviation() { return abbreviation; }
    public void setAbbreviation(String abbreviation) { this.abbreviation = abbreviation; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BodyType getType() { return type; }
    public void setType(BodyType type) { this.type = type; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
