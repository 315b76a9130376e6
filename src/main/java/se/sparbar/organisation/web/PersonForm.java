package se.sparbar.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.sparbar.organisation.Commands.PersonDetails;
import se.sparbar.organisation.domain.PersonRow;

public class PersonForm {

    @NotBlank
    @Size(max = 100)
    private String firstName;

    @NotBlank
    @Size(max = 100)
    private String lastName;

    private Long partyId;

    private Long userAccountId;

    private long version;

    static PersonForm of(PersonRow person) {
        PersonForm form = new PersonForm();
        form.firstName = person.firstName();
        form.lastName = person.lastName();
        form.partyId = person.partyId();
        form.userAccountId = person.userAccountId();
        form.version = person.version();
        return form;
    }

    PersonDetails toDetails() {
        return new PersonDetails(firstName, lastName, partyId, userAccountId, version);
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public Long getPartyId() { return partyId; }
    public void setPartyId(Long partyId) { this.partyId = partyId; }
    public Long getUserAccountId() { return userAccountId; }
    public void setUserAccountId(Long userAccountId) { this.userAccountId = userAccountId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
