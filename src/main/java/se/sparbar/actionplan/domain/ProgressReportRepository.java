package se.sparbar.actionplan.domain;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    @Query("select max(r.reportedOn) from ProgressReport r where r.itemId = :itemId")
    LocalDate latestReportedOn(long itemId);
}
