package se.sparbar.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.sparbar.organisation.Commands.PersonDetails;
import se.sparbar.organisation.domain.Person;

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

    static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.firstName = person.getFirstName();
        form.lastName = person.getLastName();
        form.partyId = person.getParty() == null ? null : person.getParty().getId();
        form.userAccountId = person.getUserAccount() == null ? null : person.getUserAccount().getId();
        form.version = person.getVersion();
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
