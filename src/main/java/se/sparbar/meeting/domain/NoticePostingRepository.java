package se.sparbar.meeting.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticePostingRepository extends JpaRepository<NoticePosting, Long> {

    Optional<NoticePosting> findByMeetingId(long meetingId);
}
