package se.sparbar.actionplan.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    /** The item, locked until the transaction ends: a second simultaneous report waits, then sees the new version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from ActionItem i where i.id = :id")
    Optional<ActionItem> findForUpdate(Long id);

    @Query("select coalesce(max(i.ordinal), 0) from ActionItem i where i.planId = :planId")
    int maxOrdinal(long planId);

    List<ActionItem> findByPlanIdOrderByOrdinal(long planId);

    /** The accounts responsible for the item: assigned by name, or holding (as job title) a role its Ansvar names. */
    @Query(nativeQuery = true, value = """
            select a.user_account_id from action_item_assignee a where a.item_id = :itemId
            union
            select u.id from action_item_responsible_role r join organisation_account_v u on lower(u.job_title) = lower(r.role_title)
            where r.item_id = :itemId and u.enabled""")
    List<Long> responsibleAccounts(long itemId);
}
