package se.sparbar.motion.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.domain.Motions;
import se.sparbar.organisation.BodyType;
import se.sparbar.organisation.Directory;
import se.sparbar.organisation.PersonRef;
import se.sparbar.shared.RefusedException;
import se.sparbar.shared.web.FormSubmission;

/** A councillor's motion: write a draft, invite co-signers, submit, withdraw; a co-signer answers. */
@Controller
@RequestMapping("/motions")
class MotionController {

    private final Motions motions;
    private final Directory directory;
    private final Clock clock;

    private final se.sparbar.files.AttachedFiles files;

    MotionController(Motions motions, Directory directory, Clock clock, se.sparbar.files.AttachedFiles files) {
        this.files = files;
        this.motions = motions;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true) // the page in one read-only transaction
    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        // the public sees a submitted motion without its contact person or any actions
        CurrentAccount account = CurrentAccount.orPublic(authentication);
        model.addAttribute("motion", motions.view(id, account.id(), account.clerk()));
        model.addAttribute("today", LocalDate.now(clock));
        var owner = se.sparbar.files.AttachedFiles.Owner.ofMotion(id);
        model.addAttribute("files", files.of(owner, account.clerk()));
        model.addAttribute("fileUpload", account.id() >= 0 && files.mayAttach(owner, account.id(), account.clerk())
                ? "/motions/" + id + "/files/new" : null);
        return "motion/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('COUNCILLOR')")
    String create(Authentication authentication, Model model) {
        PersonRef filer = directory.personOfAccount(CurrentAccount.of(authentication).id())
                .orElseThrow(() -> new RefusedException("motion.refused.noPerson"));
        MotionForm form = new MotionForm();
        form.setContactFirstName(filer.firstName());
        form.setContactLastName(filer.lastName());
        directory.activeBodies().stream().filter(b -> b.type() == BodyType.COUNCIL).findFirst()
                .ifPresent(council -> form.setAddressedBodyId(council.id()));
        form.padProposals(1);
        model.addAttribute("form", form);
        return form(model, null, filer);
    }

    @PostMapping
    @PreAuthorize("hasRole('COUNCILLOR')")
    String create(@Valid @ModelAttribute("form") MotionForm form, BindingResult errors, @RequestParam(defaultValue = "save") String action,
                  Authentication authentication, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        long userId = CurrentAccount.of(authentication).id();
        if ("addProposal".equals(action)) {
            return addProposalField(form, model, null, userId);
        }
        form.checkProposals(errors);
        Optional<Long> created = FormSubmission.submit(errors, response, () -> motions.createDraft(userId, form.toDraft()));
        if (created.isEmpty()) {
            form.padProposals(1);
            return form(model, null, directory.personOfAccount(userId).orElse(null));
        }
        return saved(created.get(), action, userId, redirect);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('COUNCILLOR')")
    String edit(@PathVariable long id, Authentication authentication, Model model) {
        long userId = CurrentAccount.of(authentication).id();
        MotionDraft draft = motions.draftOf(id, userId);
        MotionForm form = MotionForm.of(draft, motions.versionOf(id));
        form.padProposals(form.getProposals().size() + 1);
        model.addAttribute("form", form);
        return form(model, id, directory.personOfAccount(userId).orElse(null));
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('COUNCILLOR')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MotionForm form, BindingResult errors,
                  @RequestParam(defaultValue = "save") String action, Authentication authentication,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        long userId = CurrentAccount.of(authentication).id();
        if ("addProposal".equals(action)) {
            return addProposalField(form, model, id, userId);
        }
        form.checkProposals(errors);
        if (!FormSubmission.attempt(errors, response, () -> motions.editDraft(id, userId, form.toDraft(), form.getVersion()))) {
            form.padProposals(1);
            return form(model, id, directory.personOfAccount(userId).orElse(null));
        }
        return saved(id, action, userId, redirect);
    }

    /** After a draft is saved: submit it too when the filer asked to, then show the motion. */
    private String saved(long motionId, String action, long userId, RedirectAttributes redirect) {
        if ("submit".equals(action)) {
            motions.submit(motionId, userId);
            redirect.addFlashAttribute("submitted", true);
        } else {
            redirect.addFlashAttribute("saved", true);
        }
        return "redirect:/motions/" + motionId;
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('COUNCILLOR')")
    String submit(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        motions.submit(id, CurrentAccount.of(authentication).id());
        redirect.addFlashAttribute("submitted", true);
        return "redirect:/motions/" + id;
    }

    /** Withdrawing cannot be undone: the filer confirms on a page of its own. */
    @GetMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('COUNCILLOR')")
    String confirmWithdrawal(@PathVariable long id, Authentication authentication, Model model) {
        CurrentAccount account = CurrentAccount.of(authentication);
        var motion = motions.view(id, account.id(), account.clerk());
        if (!motion.may().withdraw()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the first signatory withdraws, before a decision");
        }
        model.addAttribute("motion", motion);
        return "motion/withdraw";
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('COUNCILLOR')")
    String withdraw(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        motions.withdraw(id, CurrentAccount.of(authentication).id());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/motions/" + id;
    }

    @PostMapping("/{id}/invitation")
    @PreAuthorize("hasRole('COUNCILLOR')")
    String answerInvitation(@PathVariable long id, @RequestParam boolean confirm, Authentication authentication,
                            RedirectAttributes redirect) {
        motions.answerInvitation(id, CurrentAccount.of(authentication).id(), confirm);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/motions/" + id;
    }

    /** Without JavaScript, "one more proposal" re-shows the form with another empty field; nothing is saved. */
    private String addProposalField(MotionForm form, Model model, Long motionId, long userId) {
        form.padProposals(form.getProposals().size() + 1);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new org.springframework.validation.BeanPropertyBindingResult(form, "form"));
        model.addAttribute("focusProposal", form.getProposals().size() - 1);
        return form(model, motionId, directory.personOfAccount(userId).orElse(null));
    }

    private String form(Model model, Long motionId, PersonRef filer) {
        model.addAttribute("motionId", motionId);
        model.addAttribute("bodies", directory.activeBodies());
        model.addAttribute("councillors", directory.councillors().stream()
                .filter(c -> filer == null || c.id() != filer.id()).toList());
        return "motion/form";
    }
}
