package se.sparbar.meeting.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesCorrectionRepository extends JpaRepository<MinutesCorrection, Long> {
}
