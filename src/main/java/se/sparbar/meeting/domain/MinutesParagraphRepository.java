package se.sparbar.meeting.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesParagraphRepository extends JpaRepository<MinutesParagraph, Long> {

    List<MinutesParagraph> findByMeetingIdOrderByNumber(long meetingId);

    List<MinutesParagraph> findByCaseIdOrderById(long caseId);

    Optional<MinutesParagraph> findByAgendaItemId(long agendaItemId);
}
