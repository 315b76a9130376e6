package se.sparbar.actionplan.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpExpectationRepository extends JpaRepository<FollowUpExpectation, Long> {

    Optional<FollowUpExpectation> findByRoundIdAndItemId(long roundId, long itemId);

    boolean existsByRoundIdAndItemId(long roundId, long itemId);
}
