package se.sparbar.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class PasswordForm {

    @NotBlank
    @Size(min = UserForm.MIN_PASSWORD_LENGTH, max = 128)
    private String password;

    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
