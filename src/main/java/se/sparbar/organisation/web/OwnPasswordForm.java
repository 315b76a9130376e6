package se.sparbar.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

public class OwnPasswordForm {

    @NotBlank
    private String currentPassword;

    @NotBlank
    @Size(min = UserForm.MIN_PASSWORD_LENGTH, max = 128)
    private String newPassword;

    @NotBlank
    private String repeatedPassword;

    void checkRepeated(Errors errors) {
        if (newPassword != null && repeatedPassword != null && !newPassword.equals(repeatedPassword)) {
            errors.rejectValue("repeatedPassword", "account.password.mismatch");
        }
    }

    /** Passwords are never sent back to the browser. */
    void clear() {
        currentPassword = null;
        newPassword = null;
        repeatedPassword = null;
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatedPassword() { return repeatedPassword; }
    public void setRepeatedPassword(String repeatedPassword) { this.repeatedPassword = repeatedPassword; }
}
