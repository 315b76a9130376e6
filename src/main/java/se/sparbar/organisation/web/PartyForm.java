package se.sparbar.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.sparbar.organisation.Commands.PartyDetails;
import se.sparbar.organisation.domain.PartyRow;

public class PartyForm {

    @NotBlank
    @Size(max = 10)
    private String abbreviation;

    @NotBlank
    @Size(max = 100)
    private String name;

    private long version;

    static PartyForm of(PartyRow party) {
        PartyForm form = new PartyForm();
        form.abbreviation = party.abbreviation();
        form.name = party.name();
        form.version = party.version();
        return form;
    }

    PartyDetails toDetails() {
        return new PartyDetails(abbreviation, name, version);
    }

    public String getAbbreviation() { return abbreviation; }
    public void setAbbreviation(String abbreviation) { this.abbreviation = abbreviation; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
