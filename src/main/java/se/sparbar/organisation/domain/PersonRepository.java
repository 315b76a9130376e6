package se.sparbar.organisation.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = {"party", "userAccount"})
    @Query("select p from Person p order by p.lastName, p.firstName, p.id")
    Page<Person> findPage(Pageable pageable);

    @EntityGraph(attributePaths = {"party", "userAccount"})
    Optional<Person> findWithPartyById(Long id);

    @EntityGraph(attributePaths = {"party"})
    Optional<Person> findByUserAccountId(Long userAccountId);

    boolean existsByUserAccountIdAndIdNot(Long userAccountId, Long id);

    boolean existsByUserAccountId(Long userAccountId);
}
