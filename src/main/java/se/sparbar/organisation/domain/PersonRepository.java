package se.sparbar.organisation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = {"party", "userAccount"})
    @Query("select p from Person p order by p.lastName, p.firstName, p.id")
    Page<Person> findPage(Pageable pageable);

    @EntityGraph(attributePaths = {"party", "userAccount"})
    Optional<Person> findWithPartyById(Long id);

    @EntityGraph(attributePaths = {"party"})
    Optional<Person> findByUserAccountId(Long userAccountId);

    @EntityGraph(attributePaths = {"party", "userAccount"})
    List<Person> findWithPartyByIdIn(java.util.Collection<Long> ids);

    @EntityGraph(attributePaths = {"party"})
    @Query("select p from Person p join p.userAccount u join u.roles r where r = :role and u.enabled = true order by p.lastName, p.firstName")
    List<Person> findWithAccountInRole(se.sparbar.organisation.Role role);

    boolean existsByUserAccountIdAndIdNot(Long userAccountId, Long id);

    boolean existsByUserAccountId(Long userAccountId);

    @org.springframework.data.jpa.repository.Query("select p from Person p left join fetch p.party order by p.lastName, p.firstName, p.id")
    List<Person> findAllWithParty();
}
