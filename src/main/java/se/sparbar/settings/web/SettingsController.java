package se.sparbar.settings.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Year;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.settings.MunicipalitySettings;
import se.sparbar.settings.Settings;
import se.sparbar.shared.web.FormSubmission;

@Controller
@RequestMapping("/admin/settings")
class SettingsController {

    private final Settings settings;
    private final Clock clock;

    SettingsController(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    String edit(Model model) {
        model.addAttribute("form", SettingsForm.of(settings.current()));
        return form(model);
    }

    @PostMapping
    String update(@Valid @ModelAttribute("form") SettingsForm form, BindingResult errors, HttpServletResponse response,
                  Model model, RedirectAttributes redirect) {
        form.checkFormats(errors);
        if (!FormSubmission.attempt(errors, response, () -> settings.change(form.toChange()))) {
            return form(model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/settings";
    }

    private String form(Model model) {
        MunicipalitySettings current = settings.current();
        model.addAttribute("caseNumberExample", current.caseNumberFormat().format(Year.now(clock).getValue(), 1));
        return "settings/form";
    }
}
