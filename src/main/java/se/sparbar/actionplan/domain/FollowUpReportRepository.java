package se.sparbar.actionplan.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpReportRepository extends JpaRepository<FollowUpReport, Long> {

    Optional<FollowUpReport> findByPlanIdAndRoundId(long planId, long roundId);
}
