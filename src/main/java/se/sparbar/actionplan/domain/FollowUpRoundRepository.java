package se.sparbar.actionplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRoundRepository extends JpaRepository<FollowUpRound, Long> {

    Optional<FollowUpRound> findByClosesOn(LocalDate closesOn);

    @Query("select r from FollowUpRound r where r.opensOn <= :date and r.closesOn >= :date")
    Optional<FollowUpRound> findContaining(LocalDate date);

    List<FollowUpRound> findByStatus(String status);
}
