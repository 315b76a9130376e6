package se.sparbar.organisation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.sparbar.organisation.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Page<UserAccount> findAllByOrderByUsername(Pageable pageable);

    List<UserAccount> findAllByOrderByDisplayName();

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role and u.enabled = true")
    boolean existsEnabledWithRole(Role role);
}
