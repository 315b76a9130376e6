package se.sparbar.actionplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpExpectationRepository extends JpaRepository<FollowUpExpectation, Long> {

    Optional<FollowUpExpectation> findByRoundIdAndItemId(long roundId, long itemId);

    boolean existsByRoundIdAndItemId(long roundId, long itemId);

    /** The item's expectations not yet answered in rounds that have not ended. */
    @Query("select e from FollowUpExpectation e, FollowUpRound r where r.id = e.roundId and e.itemId = :itemId "
            + "and e.progressReportId is null and r.closesOn >= :today")
    List<FollowUpExpectation> findUnansweredNotEnded(long itemId, LocalDate today);
}
