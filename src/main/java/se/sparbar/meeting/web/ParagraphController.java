package se.sparbar.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.NonParticipationKind;
import se.sparbar.meeting.ParagraphFollowUp;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;
import se.sparbar.meeting.domain.MeetingQueries;
import se.sparbar.meeting.domain.Minutes;
import se.sparbar.meeting.domain.ParagraphView;
import se.sparbar.shared.FieldRefusedException;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.web.CurrentUser;
import se.sparbar.shared.web.FormSubmission;

/**
 * A minutes paragraph: the public reads it once the minutes are posted, everyone logged in reads it
 * before; clerks record each part of it while the minutes are open.
 */
@Controller
@RequestMapping("/paragraphs/{id}")
class ParagraphController {

    private final Minutes minutes;
    private final MeetingQueries queries;
    private final List<ParagraphFollowUp> followUps;

    private final se.sparbar.files.AttachedFiles files;

    ParagraphController(Minutes minutes, MeetingQueries queries, List<ParagraphFollowUp> followUps,
                        se.sparbar.files.AttachedFiles files) {
        this.files = files;
        this.minutes = minutes;
        this.queries = queries;
        this.followUps = followUps;
    }

    @GetMapping
    String show(@PathVariable long id, Authentication authentication, Model model) {
        requireReadable(id, authentication, queries);
        return page(id, model);
    }

    @PostMapping("/texts")
    @PreAuthorize("hasRole('CLERK')")
    String texts(@PathVariable long id, @Valid @ModelAttribute("textsForm") ParagraphForms.Texts form, BindingResult errors,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, refusedIs409(response, () -> minutes.describe(id, new Minutes.Texts(form.getTitle(),
                form.getCaseDescription(), form.getPreparationText(), form.getPreparationParagraphId(), form.getPreparationReference()),
                form.getVersion()))), id, model, redirect, "texts");
    }

    @PostMapping("/speakers")
    @PreAuthorize("hasRole('CLERK')")
    String speaker(@PathVariable long id, @Valid @ModelAttribute("speakerForm") ParagraphForms.Speaker form, BindingResult errors,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, refusedIs409(response, renamed(() -> minutes.addSpeaker(id, form.getSpeakerId()), "personId", "speakerId"))), id, model, redirect,
                "speakers");
    }

    @PostMapping("/speakers/{personId}/remove")
    @PreAuthorize("hasRole('CLERK')")
    String removeSpeaker(@PathVariable long id, @PathVariable long personId, Model model, RedirectAttributes redirect) {
        minutes.removeSpeaker(id, personId);
        return saved(id, model, redirect, "speakers");
    }

    @PostMapping("/proposals")
    @PreAuthorize("hasRole('CLERK')")
    String proposal(@PathVariable long id, @Valid @ModelAttribute("proposalForm") ParagraphForms.Proposal form, BindingResult errors,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, refusedIs409(response, () -> minutes.addProposal(id, new Minutes.NewProposal(form.getMoverId(),
                form.getProposalKind(), form.getPreference(), form.getLabel(), form.getProposalText(),
                new HashSet<>(nonNull(form.getSupporters())))))),
                id, model, redirect, "proposals");
    }

    @PostMapping("/proposals/{proposalId}/remove")
    @PreAuthorize("hasRole('CLERK')")
    String removeProposal(@PathVariable long id, @PathVariable long proposalId, Model model, RedirectAttributes redirect) {
        minutes.removeProposal(id, proposalId);
        return saved(id, model, redirect, "proposals");
    }

    @PostMapping("/support")
    @PreAuthorize("hasRole('CLERK')")
    String support(@PathVariable long id, @Valid @ModelAttribute("supportForm") ParagraphForms.Support form, BindingResult errors,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, refusedIs409(response, renamed(() -> minutes.support(id, form.getProposalId(),
                new HashSet<>(nonNull(form.getSupporterIds()))), "supporters", "supporterIds"))), id, model, redirect, "proposals");
    }

    @PostMapping("/steps/proposition")
    @PreAuthorize("hasRole('CLERK')")
    String proposition(@PathVariable long id, @Valid @ModelAttribute("propositionForm") ParagraphForms.Proposition form,
                       BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, refusedIs409(response, () -> minutes.addProposition(id, form.getFirst(), form.getSecond(),
                form.getWinner(), form.getFinding()))), id, model, redirect, "procedure");
    }

    @PostMapping("/steps/vote")
    @PreAuthorize("hasRole('CLERK')")
    String vote(@PathVariable long id, @Valid @ModelAttribute("voteForm") ParagraphForms.Vote form, BindingResult errors,
                HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<Long, BallotChoice> ballots = form.getBallots().entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b, java.util.LinkedHashMap::new));
        return done(FormSubmission.attempt(errors, response, refusedIs409(response, renamed(() -> minutes.addVote(id, form.getYesId(), form.getNoId(), ballots,
                form.getCastingChoice(), form.getVoteFinding()), "first", "yesId", "second", "noId"))), id, model, redirect, "procedure");
    }

    @PostMapping("/steps/remove-last")
    @PreAuthorize("hasRole('CLERK')")
    String removeLastStep(@PathVariable long id, Model model, RedirectAttributes redirect) {
        minutes.removeLastStep(id);
        return saved(id, model, redirect, "procedure");
    }

    @PostMapping("/non-participation")
    @PreAuthorize("hasRole('CLERK')")
    String nonParticipation(@PathVariable long id, @Valid @ModelAttribute("nonParticipationForm") ParagraphForms.NonParticipant form,
                            BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, refusedIs409(response, renamed(() -> minutes.addNonParticipation(id, form.getMemberId(), form.getReason()),
                "personId", "memberId"))),
                id, model, redirect, "nonParticipation");
    }

    @PostMapping("/non-participation/{personId}/remove")
    @PreAuthorize("hasRole('CLERK')")
    String removeNonParticipation(@PathVariable long id, @PathVariable long personId, Model model, RedirectAttributes redirect) {
        minutes.removeNonParticipation(id, personId);
        return saved(id, model, redirect, "nonParticipation");
    }

    @PostMapping("/decision")
    @PreAuthorize("hasRole('CLERK')")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") ParagraphForms.Decision form, BindingResult errors,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, refusedIs409(response, () -> minutes.decide(id, form.getOutcome(), form.getDecisionText(),
                form.getVersion()))), id, model, redirect, "decision");
    }

    @PostMapping("/reservations")
    @PreAuthorize("hasRole('CLERK')")
    String reservation(@PathVariable long id, @Valid @ModelAttribute("reservationForm") ParagraphForms.ReservationForm form,
                       BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, refusedIs409(response, renamed(() -> minutes.addReservation(id, form.getReserverId(), form.isForPartyGroup(),
                form.getWrittenText()), "personId", "reserverId"))), id, model, redirect, "reservations");
    }

    @PostMapping("/reservations/{reservationId}")
    @PreAuthorize("hasRole('CLERK')")
    String reservationText(@PathVariable long id, @PathVariable long reservationId, @RequestParam String writtenText,
                           Model model, RedirectAttributes redirect) {
        if (writtenText.length() > ParagraphForms.MAX_TEXT) {
            throw new se.sparbar.shared.RefusedException("meeting.reservation.tooLong", ParagraphForms.MAX_TEXT);
        }
        minutes.writeReservation(id, reservationId, writtenText);
        return saved(id, model, redirect, "reservations");
    }

    @PostMapping("/reservations/{reservationId}/withdraw")
    @PreAuthorize("hasRole('CLERK')")
    String withdrawReservation(@PathVariable long id, @PathVariable long reservationId, Model model, RedirectAttributes redirect) {
        minutes.withdrawReservation(id, reservationId);
        return saved(id, model, redirect, "reservations");
    }

    @PostMapping("/notes")
    @PreAuthorize("hasRole('CLERK')")
    String note(@PathVariable long id, @Valid @ModelAttribute("noteForm") ParagraphForms.Note form, BindingResult errors,
                HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, refusedIs409(response, renamed(() -> minutes.addNote(id, form.getNoterId(), form.getNoteText()), "personId", "noterId"))), id, model,
                redirect, "notes");
    }

    @PostMapping("/distribution")
    @PreAuthorize("hasRole('CLERK')")
    String distribution(@PathVariable long id, @Valid @ModelAttribute("distributionForm") ParagraphForms.Distribution form,
                        BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, refusedIs409(response, () -> minutes.recordDistributionAndBasis(id,
                ParagraphForms.Distribution.lines(form.getRecipients()), ParagraphForms.Distribution.lines(form.getBasis())))),
                id, model, redirect, "distribution");
    }

    /** Unpublished minutes are for logged-in users only; to the public they do not exist yet. */
    static void requireReadable(long paragraphId, Authentication authentication, MeetingQueries queries) {
        if (!CurrentUser.isLoggedIn(authentication) && !queries.isParagraphPublished(paragraphId)) {
            throw new NotFoundException("MinutesParagraph", paragraphId);
        }
    }

    /** A rule of the minutes refused the change: 409, with the form and the user's input shown again beside the reason. */
    private static Runnable refusedIs409(HttpServletResponse response, Runnable action) {
        return () -> {
            try {
                action.run();
            } catch (FieldRefusedException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                throw e;
            }
        };
    }

    /** Runs a service call whose refusals name the service's fields, shown beside this form's fields of other names. */
    private static Runnable renamed(Runnable action, String... fromTo) {
        return () -> {
            try {
                action.run();
            } catch (FieldRefusedException e) {
                for (int i = 0; i < fromTo.length; i += 2) {
                    if (fromTo[i].equals(e.field())) {
                        throw new FieldRefusedException(fromTo[i + 1], e.messageKey(), e.arguments());
                    }
                }
                throw e;
            }
        };
    }

    private static List<Long> nonNull(List<Long> ids) {
        return ids.stream().filter(Objects::nonNull).toList();
    }

    private String done(boolean saved, long id, Model model, RedirectAttributes redirect, String part) {
        if (!saved) {
            return htmx() ? part(id, model, part, false) : page(id, model);
        }
        return saved(id, model, redirect, part);
    }

    private String saved(long id, Model model, RedirectAttributes redirect, String part) {
        if (htmx()) {
            return part(id, model, part, true);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/paragraphs/" + id + "#" + ANCHORS.getOrDefault(part, part);
    }

    /** The anchor of each part on the page (the fragment names are Java names, the ids the page's). */
    private static final Map<String, String> ANCHORS = Map.of("nonParticipation", "non-participation");

    /** What else on the page shows what a part changed, refreshed with it (htmx out of band). */
    private static final Map<String, List<String>> ALSO_CHANGED = Map.of(
            "texts", List.of("heading", "record"),
            "proposals", List.of("record", "procedure"),
            "nonParticipation", List.of("record", "procedure"),
            "decision", List.of("record", "followUps"));

    /** A save made with JavaScript: only the part, with its errors and the input kept, or emptied and "Saved." once saved. */
    private String part(long id, Model model, String part, boolean saved) {
        if (saved) {
            // the form saved is shown again empty (or, for texts, as stored now), not with what was just sent
            model.asMap().keySet().removeIf(name -> name.endsWith("Form"));
            model.addAttribute("savedSection", part);
        }
        page(id, model);
        model.addAttribute("part", part);
        model.addAttribute("alsoChanged", ALSO_CHANGED.getOrDefault(part, List.of("record")));
        HttpServletResponse response = ((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getResponse();
        if (response != null) {
            response.setHeader("X-Sparbar-Part", part);
        }
        return "meeting/paragraph-part";
    }

    /** Sent by htmx: the page is there already, and only the part saved is answered. */
    private static boolean htmx() {
        var request = ((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getRequest();
        return "true".equals(request.getHeader("HX-Request"));
    }

    private String page(long id, Model model) {
        ParagraphView paragraph = minutes.view(id);
        model.addAttribute("paragraph", paragraph);
        model.addAttribute("followUps", followUps.stream().flatMap(f -> f.linksOf(id).stream()).toList());
        boolean clerk = se.sparbar.shared.web.CurrentUser.hasRole(
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication(), "CLERK");
        model.addAttribute("files", files.of(se.sparbar.files.AttachedFiles.Owner.ofParagraph(id), clerk));
        model.addAttribute("fileUpload", clerk ? "/paragraphs/" + id + "/files/new" : null);
        if (paragraph.open()) {
            defaults(model, "textsForm", ParagraphForms.Texts.of(paragraph));
            defaults(model, "speakerForm", new ParagraphForms.Speaker());
            defaults(model, "proposalForm", new ParagraphForms.Proposal());
            defaults(model, "supportForm", new ParagraphForms.Support());
            defaults(model, "propositionForm", new ParagraphForms.Proposition());
            defaults(model, "voteForm", new ParagraphForms.Vote());
            defaults(model, "nonParticipationForm", new ParagraphForms.NonParticipant());
            ParagraphForms.Decision decision = new ParagraphForms.Decision();
            decision.setVersion(paragraph.version());
            defaults(model, "decisionForm", decision);
            defaults(model, "reservationForm", new ParagraphForms.ReservationForm());
            defaults(model, "noteForm", new ParagraphForms.Note());
            defaults(model, "distributionForm", ParagraphForms.Distribution.of(paragraph));
            model.addAttribute("present", minutes.present(id));
            model.addAttribute("voters", minutes.voters(id));
            model.addAttribute("sameCase", minutes.sameCase(id));
            model.addAttribute("proposalKinds", ProposalKind.values());
            model.addAttribute("preferences", Preference.values());
            model.addAttribute("outcomes", ParagraphOutcome.values());
            model.addAttribute("nonParticipationKinds", NonParticipationKind.values());
            model.addAttribute("choices", BallotChoice.values());
        }
        return "meeting/paragraph";
    }

    private static void defaults(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
