package se.sparbar.registry.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    /**
     * Takes the next number of a series and year: the upsert locks the counter row until the
     * transaction ends, so concurrent callers get consecutive numbers and a rollback gives its
     * number back.
     */
    @Query(value = """
            insert into case_number_counter (series, year, last_value) values (:series, :year, 1)
            on conflict (series, year) do update set last_value = case_number_counter.last_value + 1
            returning last_value""", nativeQuery = true)
    int nextSequence(String series, int year);

    java.util.Optional<CaseFile> findByCaseNumber(String caseNumber);

    java.util.Optional<CaseFile> findBySeriesAndCaseYearAndSequenceNumber(String series, short caseYear, int sequenceNumber);
}
