package se.sparbar.notification.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A user's new e-mail address. */
public class EmailForm {

    @NotBlank
    @Size(max = 254)
    @Pattern(regexp = FollowForm.EMAIL, message = "{email.invalid}")
    private String email;

    @Pattern(regexp = "sv|en|fi")
    private String language = "sv";

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? null : email.trim(); }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
