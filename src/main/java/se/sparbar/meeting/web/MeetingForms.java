package se.sparbar.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import se.sparbar.meeting.AgendaKind;
import se.sparbar.meeting.MeetingDetails;
import se.sparbar.meeting.domain.AttendanceEntry;
import se.sparbar.meeting.domain.MeetingView;
import se.sparbar.meeting.domain.Seat;

/** The forms of the meeting page. Plain beans: Spring binds them and keeps what the clerk typed. */
final class MeetingForms {

    private MeetingForms() {
    }

    static class Details {
        @NotNull
        private Long bodyId;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        private LocalTime startTime;
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        private LocalTime endTime;
        @NotBlank
        @Size(max = 200)
        private String place;
        @Size(max = 200)
        private String adjustmentPlanned;
        @Size(max = 300)
        private String minutesKeptAt;
        private long version;

        MeetingDetails toDetails() {
            return new MeetingDetails(bodyId, date.atTime(startTime), endTime == null ? null : date.atTime(endTime), place,
                    adjustmentPlanned, minutesKeptAt);
        }

        static Details of(MeetingView meeting) {
            Details form = new Details();
            form.bodyId = meeting.body().id();
            form.date = meeting.startsAt().toLocalDate();
            form.startTime = meeting.startsAt().toLocalTime();
            form.endTime = meeting.endsAt() == null ? null : meeting.endsAt().toLocalTime();
            form.place = meeting.place();
            form.adjustmentPlanned = meeting.adjustmentPlanned();
            form.minutesKeptAt = meeting.minutesKeptAt();
            form.version = meeting.version();
            return form;
        }

        void checkTimes(org.springframework.validation.Errors errors) {
            if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
                errors.rejectValue("endTime", "meeting.endBeforeStart");
            }
        }

        public Long getBodyId() { return bodyId; }
        public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public LocalTime getStartTime() { return startTime; }
        public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
        public LocalTime getEndTime() { return endTime; }
        public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
        public String getAdjustmentPlanned() { return adjustmentPlanned; }
        public void setAdjustmentPlanned(String adjustmentPlanned) { this.adjustmentPlanned = adjustmentPlanned; }
        public String getMinutesKeptAt() { return minutesKeptAt; }
        public void setMinutesKeptAt(String minutesKeptAt) { this.minutesKeptAt = minutesKeptAt; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    static class Attendance {
        private List<Row> rows = new ArrayList<>();
        @Size(max = 2000)
        private String otherAttendees;
        private long version;

        static Attendance of(MeetingView meeting) {
            Attendance form = new Attendance();
            for (MeetingView.Attendance a : meeting.attendance()) {
                Row row = new Row();
                row.personId = a.person().id();
                row.seat = a.seat();
                row.present = a.present();
                row.servingFor = a.servingFor() == null ? null : a.servingFor().id();
                form.rows.add(row);
            }
            form.otherAttendees = meeting.otherAttendees();
            form.version = meeting.version();
            return form;
        }

        List<AttendanceEntry> entries() {
            return rows.stream().filter(r -> r.personId != null && r.seat != null)
                    .map(r -> new AttendanceEntry(r.personId, r.seat, r.present, r.servingFor)).toList();
        }

        public List<Row> getRows() { return rows; }
        public void setRows(List<Row> rows) { this.rows = rows; }
        public String getOtherAttendees() { return otherAttendees; }
        public void setOtherAttendees(String otherAttendees) { this.otherAttendees = otherAttendees; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    public static class Row {
        private Long personId;
        private Seat seat;
        private boolean present;
        private Long servingFor;

        public Long getPersonId() { return personId; }
        public void setPersonId(Long personId) { this.personId = personId; }
        public Seat getSeat() { return seat; }
        public void setSeat(Seat seat) { this.seat = seat; }
        public boolean isPresent() { return present; }
        public void setPresent(boolean present) { this.present = present; }
        public Long getServingFor() { return servingFor; }
        public void setServingFor(Long servingFor) { this.servingFor = servingFor; }
    }

    static class Roles {
        private Long chair;
        private Long secretary;
        private List<Long> adjusters = new ArrayList<>();

        static Roles of(MeetingView meeting) {
            Roles form = new Roles();
            for (MeetingView.Role role : meeting.roles()) {
                switch (role.role()) {
                    case CHAIR -> form.chair = role.person().id();
                    case SECRETARY -> form.secretary = role.person().id();
                    case ADJUSTER -> form.adjusters.add(role.person().id());
                }
            }
            return form;
        }

        public Long getChair() { return chair; }
        public void setChair(Long chair) { this.chair = chair; }
        public Long getSecretary() { return secretary; }
        public void setSecretary(Long secretary) { this.secretary = secretary; }
        public List<Long> getAdjusters() { return adjusters; }
        public void setAdjusters(List<Long> adjusters) { this.adjusters = adjusters; }
    }

    static class AgendaCase {
        @NotBlank
        @Size(max = 60)
        private String caseNumber;

        public String getCaseNumber() { return caseNumber; }
        public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    }

    static class AgendaOther {
        @NotNull
        private AgendaKind kind;
        @NotBlank
        @Size(max = 300)
        private String title;

        public AgendaKind getKind() { return kind; }
        public void setKind(AgendaKind kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
    }

    static class Posting {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate postedOn;
        @Size(max = 300)
        private String minutesKeptAt;

        public LocalDate getPostedOn() { return postedOn; }
        public void setPostedOn(LocalDate postedOn) { this.postedOn = postedOn; }
        public String getMinutesKeptAt() { return minutesKeptAt; }
        public void setMinutesKeptAt(String minutesKeptAt) { this.minutesKeptAt = minutesKeptAt; }
    }

    static class Cancel {
        @NotBlank
        @Size(max = 1000)
        private String reason;
        private long version;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    static class Correction {
        private Long paragraphId;
        @NotBlank
        @Size(max = 2000)
        private String description;
        @NotBlank
        @Size(max = 1000)
        private String reason;

        public Long getParagraphId() { return paragraphId; }
        public void setParagraphId(Long paragraphId) { this.paragraphId = paragraphId; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
