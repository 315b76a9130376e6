package se.sparbar.motion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.sparbar.motion.Registration;

public class RegistrationForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    @NotBlank
    @Size(max = 300)
    private String sender;

    @Size(max = 1000)
    private String summary;

    Registration toRegistration() {
        return new Registration(receivedOn, sender, summary);
    }

    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getSender() { return sender; }
    public void setSender(String sender) { this.sender = sender; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
