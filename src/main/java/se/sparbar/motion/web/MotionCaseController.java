package se.sparbar.motion.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.motion.Outcome;
import se.sparbar.motion.domain.MotionView;
import se.sparbar.motion.domain.Motions;
import se.sparbar.organisation.BodyType;
import se.sparbar.organisation.Directory;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.RefusedException;
import se.sparbar.shared.web.FormSubmission;

/** The clerk's work on a motion: registration, referral, statements, preparation. */
@Controller
@RequestMapping("/motions/{id}")
@PreAuthorize("hasRole('CLERK')")
class MotionCaseController {

    private final Motions motions;
    private final Directory directory;
    private final Clock clock;

    MotionCaseController(Motions motions, Directory directory, Clock clock) {
        this.motions = motions;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/register")
    String register(@PathVariable long id, Authentication authentication, Model model) {
        MotionView motion = view(id, authentication);
        RegistrationForm form = new RegistrationForm();
        form.setReceivedOn(motion.submittedAt() == null ? LocalDate.now(clock) : LocalDate.ofInstant(motion.submittedAt(), clock.getZone()));
        form.setSender(motion.firstSignatory().nameWithParty());
        form.setSummary(motion.title());
        model.addAttribute("form", form);
        model.addAttribute("motion", motion);
        return "motion/register";
    }

    @PostMapping("/register")
    String register(@PathVariable long id, @Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
                    Authentication authentication, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        long clerk = CurrentAccount.of(authentication).id();
        if (!FormSubmission.attempt(errors, response, () -> motions.register(id, clerk, form.toRegistration()))) {
            model.addAttribute("motion", view(id, authentication));
            return "motion/register";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/motions/" + id;
    }

    @GetMapping("/referrals/new")
    String refer(@PathVariable long id, Authentication authentication, Model model) {
        ReferralForm form = new ReferralForm();
        form.setDueOn(LocalDate.now(clock).plusMonths(2));
        model.addAttribute("form", form);
        return referForm(model, view(id, authentication));
    }

    @PostMapping("/referrals")
    String refer(@PathVariable long id, @Valid @ModelAttribute("form") ReferralForm form, BindingResult errors,
                 Authentication authentication, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (form.getDueOn() != null && form.getDueOn().isBefore(LocalDate.now(clock))) {
            errors.rejectValue("dueOn", "referral.dueOn.past");
        }
        long clerk = CurrentAccount.of(authentication).id();
        if (!FormSubmission.attempt(errors, response, () -> motions.refer(id, clerk, form.getBodyIds(), form.getDueOn()))) {
            return referForm(model, view(id, authentication));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/motions/" + id;
    }

    @GetMapping("/preparation")
    String prepare(@PathVariable long id, Authentication authentication, Model model) {
        MotionView motion = view(id, authentication);
        PreparationForm form = motion.preparation().map(PreparationForm::of).orElseGet(() -> {
            PreparationForm fresh = new PreparationForm();
            fresh.setPreparedOn(LocalDate.now(clock));
            directory.activeBodies().stream().filter(b -> b.type() == BodyType.EXECUTIVE_BOARD).findFirst()
                    .ifPresent(board -> fresh.setPreparingBodyId(board.id()));
            return fresh;
        });
        model.addAttribute("form", form);
        return preparationForm(model, motion);
    }

    @PostMapping("/preparation")
    String prepare(@PathVariable long id, @Valid @ModelAttribute("form") PreparationForm form, BindingResult errors,
                   Authentication authentication, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        long clerk = CurrentAccount.of(authentication).id();
        if (!FormSubmission.attempt(errors, response, () -> {
            try {
                motions.prepare(id, clerk, form.toDetails(), form.reasonToProceed());
            } catch (se.sparbar.shared.FieldRefusedException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT); // a rule refused it: 409, the form and its text shown again
                throw e;
            }
        })) {
            return preparationForm(model, view(id, authentication));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/motions/" + id;
    }

    private String referForm(Model model, MotionView motion) {
        model.addAttribute("motion", registered(motion));
        model.addAttribute("bodies", directory.activeBodies().stream().filter(b -> b.type() == BodyType.COMMITTEE
                || b.type() == BodyType.OTHER).toList());
        return "motion/refer";
    }

    private String preparationForm(Model model, MotionView motion) {
        model.addAttribute("motion", registered(motion));
        model.addAttribute("bodies", directory.activeBodies());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("unansweredReferrals", motion.referrals().stream()
                .filter(r -> r.referral().status() != se.sparbar.referral.ReferralStatus.ANSWERED).toList());
        return "motion/preparation";
    }

    /** Referral and preparation belong to a registered case: before registration there is nothing to refer or prepare. */
    private static MotionView registered(MotionView motion) {
        if (motion.registeredCase().isEmpty()) {
            throw new RefusedException("motion.refused.notRegistered");
        }
        return motion;
    }

    private MotionView view(long id, Authentication authentication) {
        CurrentAccount account = CurrentAccount.of(authentication);
        return motions.view(id, account.id(), account.clerk());
    }
}
