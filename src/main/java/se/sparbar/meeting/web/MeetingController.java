package se.sparbar.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import se.sparbar.meeting.AgendaKind;
import se.sparbar.meeting.domain.MeetingQueries;
import se.sparbar.meeting.domain.MeetingStatus;
import se.sparbar.meeting.domain.MeetingView;
import se.sparbar.meeting.domain.Meetings;
import se.sparbar.meeting.domain.Minutes;
import se.sparbar.organisation.AccountId;
import se.sparbar.organisation.Directory;
import se.sparbar.shared.web.CurrentUser;
import se.sparbar.shared.web.FormSubmission;

/**
 * Meetings: everyone logged in reads them; clerks plan them, keep attendance and the agenda,
 * record the adjustment and post the minutes. The chair and adjusters may confirm for themselves.
 */
@Controller
@RequestMapping("/meetings")
@PreAuthorize("isAuthenticated()")
class MeetingController {

    private static final int PAGE_SIZE = 25;

    private final Meetings meetings;
    private final Minutes minutes;
    private final MeetingQueries queries;
    private final Directory directory;
    private final se.sparbar.settings.Settings settings;
    private final Clock clock;

    private final se.sparbar.files.AttachedFiles files;

    MeetingController(Meetings meetings, Minutes minutes, MeetingQueries queries, Directory directory,
                      se.sparbar.settings.Settings settings, se.sparbar.files.AttachedFiles files, Clock clock) {
        this.files = files;
        this.settings = settings;
        this.meetings = meetings;
        this.minutes = minutes;
        this.queries = queries;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("permitAll()")
    String list(@RequestParam(required = false) Long body, @RequestParam(required = false) MeetingStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", queries.meetings(body, status, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("body", body);
        model.addAttribute("status", status);
        model.addAttribute("bodies", directory.activeBodies());
        model.addAttribute("statuses", MeetingStatus.values());
        return "meeting/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('CLERK')")
    String create(Model model) {
        MeetingForms.Details form = new MeetingForms.Details();
        form.setDate(LocalDate.now(clock));
        form.setStartTime(java.time.LocalTime.of(18, 0));
        model.addAttribute("form", form);
        model.addAttribute("bodies", directory.activeBodies());
        return "meeting/form";
    }

    @PostMapping
    @PreAuthorize("hasRole('CLERK')")
    String create(@Valid @ModelAttribute("form") MeetingForms.Details form, BindingResult errors, HttpServletResponse response,
                  Model model) {
        form.checkTimes(errors);
        Optional<Long> created = FormSubmission.submit(errors, response, () -> meetings.plan(form.toDetails()));
        if (created.isEmpty()) {
            model.addAttribute("bodies", directory.activeBodies());
            return "meeting/form";
        }
        return "redirect:/meetings/" + created.get();
    }

    /**
     * Everyone reads a meeting: the public sees body, time and place, the agenda once it is
     * published and the paragraphs once the minutes are posted; staff see the working page.
     */
    @Transactional(readOnly = true) // the page in one read-only transaction
    @GetMapping("/{id}")
    @PreAuthorize("permitAll()")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        if (!CurrentUser.isLoggedIn(authentication)) {
            MeetingView meeting = meetings.view(id);
            var settings = this.settings.current();
            java.time.Instant agendaPublicFrom = settings.agendaPublicFrom(meeting.startsAt().toInstant());
            boolean agendaPublic = meeting.status() != MeetingStatus.PLANNED && meeting.status() != MeetingStatus.CANCELLED
                    || !agendaPublicFrom.isAfter(clock.instant());
            model.addAttribute("meeting", meeting);
            model.addAttribute("agendaPublic", agendaPublic);
            model.addAttribute("agendaFiles", agendaPublic ? agendaFiles(meeting) : java.util.Map.of());
            model.addAttribute("agendaPublishedOn", meeting.startsAt().toLocalDate().minusDays(settings.agendaPublicDaysBefore()));
            model.addAttribute("minutesPublic", meeting.status() == MeetingStatus.POSTED);
            model.addAttribute("cancellation", meetings.cancellation(id).orElse(null));
            return "meeting/public";
        }
        return page(id, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('CLERK')")
    String describe(@PathVariable long id, @Valid @ModelAttribute("detailsForm") MeetingForms.Details form, BindingResult errors,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        form.checkTimes(errors);
        return done(FormSubmission.attempt(errors, response, () -> meetings.describe(id, form.toDetails(), form.getVersion())), id, model,
                redirect, "details");
    }

    @PostMapping("/{id}/attendance")
    @PreAuthorize("hasRole('CLERK')")
    String attendance(@PathVariable long id, @Valid @ModelAttribute("attendanceForm") MeetingForms.Attendance form, BindingResult errors,
                      HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response,
                () -> meetings.recordAttendance(id, form.entries(), form.getOtherAttendees(), form.getVersion())), id, model, redirect, "attendance");
    }

    @PostMapping("/{id}/roles")
    @PreAuthorize("hasRole('CLERK')")
    String roles(@PathVariable long id, @ModelAttribute("rolesForm") MeetingForms.Roles form, BindingResult errors,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        List<Long> adjusters = form.getAdjusters().stream().filter(java.util.Objects::nonNull).toList();
        return done(FormSubmission.attempt(errors, response, () -> meetings.assignRoles(id, form.getChair(), form.getSecretary(), adjusters)),
                id, model, redirect, "roles");
    }

    @PostMapping("/{id}/agenda/case")
    @PreAuthorize("hasRole('CLERK')")
    String addCase(@PathVariable long id, @Valid @ModelAttribute("agendaCaseForm") MeetingForms.AgendaCase form, BindingResult errors,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, () -> meetings.addCase(id, form.getCaseNumber())), id, model, redirect, "agenda");
    }

    @PostMapping("/{id}/agenda/other")
    @PreAuthorize("hasRole('CLERK')")
    String addOther(@PathVariable long id, @Valid @ModelAttribute("agendaOtherForm") MeetingForms.AgendaOther form, BindingResult errors,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, () -> meetings.addItem(id, form.getKind(), form.getTitle())), id, model,
                redirect, "agenda");
    }

    /** Opens the paragraph of an agenda item and goes to it. */
    @PostMapping("/{id}/agenda/{itemId}/paragraph")
    @PreAuthorize("hasRole('CLERK')")
    String openParagraph(@PathVariable long id, @PathVariable long itemId) {
        return "redirect:/paragraphs/" + minutes.openFromAgenda(id, itemId);
    }

    @PostMapping("/{id}/held")
    @PreAuthorize("hasRole('CLERK')")
    String held(@PathVariable long id, RedirectAttributes redirect) {
        meetings.markHeld(id);
        redirect.addFlashAttribute("savedKey", "meeting.saved.held");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('CLERK')")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("cancelForm") MeetingForms.Cancel form, BindingResult errors,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.attempt(errors, response, () -> meetings.cancel(id, form.getReason(), form.getVersion()))) {
            return page(id, model);
        }
        redirect.addFlashAttribute("savedKey", "meeting.saved.cancelled");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/{id}/roles/{roleId}/sign")
    @PreAuthorize("hasAnyRole('CLERK', 'COUNCILLOR')")
    String sign(@PathVariable long id, @PathVariable long roleId, Authentication authentication, RedirectAttributes redirect) {
        boolean adjusted = meetings.sign(id, roleId, AccountId.of(authentication), CurrentUser.hasRole(authentication, "CLERK"));
        redirect.addFlashAttribute("savedKey", adjusted ? "meeting.saved.adjusted" : "meeting.saved.signed");
        return "redirect:/meetings/" + id + "#adjustment";
    }

    @PostMapping("/{id}/posting")
    @PreAuthorize("hasRole('CLERK')")
    String post(@PathVariable long id, @Valid @ModelAttribute("postingForm") MeetingForms.Posting form, BindingResult errors,
                Authentication authentication, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Optional<Meetings.Posted> posted = FormSubmission.submit(errors, response,
                () -> meetings.post(id, form.getPostedOn(), form.getMinutesKeptAt(), AccountId.of(authentication)));
        if (posted.isEmpty()) {
            return page(id, model);
        }
        redirect.addFlashAttribute("savedKey", "meeting.saved.posted");
        if (posted.get().late()) {
            redirect.addFlashAttribute("warningKey", "meeting.posting.late");
        }
        return "redirect:/meetings/" + id + "#posting";
    }

    @PostMapping("/{id}/corrections")
    @PreAuthorize("hasRole('CLERK')")
    String correct(@PathVariable long id, @Valid @ModelAttribute("correctionForm") MeetingForms.Correction form, BindingResult errors,
                   Authentication authentication, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return done(FormSubmission.attempt(errors, response, () -> meetings.correct(id, form.getParagraphId(), form.getDescription(),
                form.getReason(), AccountId.of(authentication))), id, model, redirect, "corrections");
    }

    private String done(boolean saved, long id, Model model, RedirectAttributes redirect, String anchor) {
        if (!saved) {
            return page(id, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/meetings/" + id + "#" + anchor;
    }

    /** The files of the meeting's agenda items, by item, in one statement. */
    private java.util.Map<Long, List<se.sparbar.files.AttachedFiles.FileView>> agendaFiles(MeetingView meeting) {
        return files.ofAll(se.sparbar.files.AttachedFiles.OwnerKind.AGENDA_ITEM,
                meeting.agenda().stream().map(MeetingView.Agenda::id).toList(), false);
    }

    private String page(long id, Model model) {
        MeetingView meeting = meetings.view(id);
        model.addAttribute("meeting", meeting);
        // staff read an agenda item's files before the agenda is published; a councillor from then, as the public
        var viewer = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean staff = CurrentUser.hasRole(viewer, "CLERK") || CurrentUser.hasRole(viewer, "OFFICIAL") || CurrentUser.hasRole(viewer, "ADMIN");
        boolean agendaPublic = meeting.status() != MeetingStatus.PLANNED && meeting.status() != MeetingStatus.CANCELLED
                || !settings.current().agendaPublicFrom(meeting.startsAt().toInstant()).isAfter(clock.instant());
        model.addAttribute("agendaFiles", staff || agendaPublic ? agendaFiles(meeting) : java.util.Map.of());
        model.addAttribute("attachToAgenda", CurrentUser.hasRole(viewer, "CLERK") && meeting.status() != MeetingStatus.CANCELLED);
        if (!model.containsAttribute("detailsForm")) {
            model.addAttribute("detailsForm", MeetingForms.Details.of(meeting));
        }
        if (!model.containsAttribute("attendanceForm")) {
            model.addAttribute("attendanceForm", MeetingForms.Attendance.of(meeting));
        }
        if (!model.containsAttribute("rolesForm")) {
            model.addAttribute("rolesForm", MeetingForms.Roles.of(meeting));
        }
        if (!model.containsAttribute("agendaCaseForm")) {
            model.addAttribute("agendaCaseForm", new MeetingForms.AgendaCase());
        }
        if (!model.containsAttribute("agendaOtherForm")) {
            model.addAttribute("agendaOtherForm", new MeetingForms.AgendaOther());
        }
        if (!model.containsAttribute("postingForm")) {
            MeetingForms.Posting posting = new MeetingForms.Posting();
            posting.setPostedOn(LocalDate.now(clock));
            posting.setMinutesKeptAt(meeting.minutesKeptAt());
            model.addAttribute("postingForm", posting);
        }
        if (!model.containsAttribute("correctionForm")) {
            model.addAttribute("correctionForm", new MeetingForms.Correction());
        }
        if (!model.containsAttribute("cancelForm")) {
            MeetingForms.Cancel cancel = new MeetingForms.Cancel();
            cancel.setVersion(meeting.version());
            model.addAttribute("cancelForm", cancel);
        }
        model.addAttribute("cancellation", meetings.cancellation(id).orElse(null));
        model.addAttribute("present", meeting.attendance().stream().filter(MeetingView.Attendance::present)
                .map(MeetingView.Attendance::person).toList());
        model.addAttribute("absentMembers", meeting.attendance().stream()
                .filter(a -> a.seat() == se.sparbar.meeting.domain.Seat.MEMBER).map(MeetingView.Attendance::person).toList());
        if (meeting.open()) {
            model.addAttribute("candidates", meetings.agendaCandidates(id));
            model.addAttribute("everyone", directory.everyone());
        }
        // a functionary with a login confirms their own adjustment; nobody else is offered the button
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        var account = AccountId.ofOptional(authentication);
        model.addAttribute("viewerPersonId", account.isPresent() && meeting.status() == MeetingStatus.HELD
                ? directory.personOfAccount(account.getAsLong()).map(se.sparbar.organisation.PersonRef::id).orElse(null) : null);
        model.addAttribute("agendaKinds", List.of(AgendaKind.ELECTION, AgendaKind.INFORMATION, AgendaKind.OTHER));
        model.addAttribute("bodies", directory.activeBodies());
        return "meeting/detail";
    }
}
