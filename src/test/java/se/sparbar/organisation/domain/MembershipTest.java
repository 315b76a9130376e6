package se.sparbar.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.sparbar.organisation.BodyType;
import se.sparbar.organisation.MembershipRole;

class MembershipTest {

    private final Body council = new Body("KF", "Kommunfullmäktige", BodyType.COUNCIL);
    private final Person person = new Person("Sanna", "Dabolins", null, null);

    @Test
    void isValidFromItsFirstToItsLastDayInclusive() {
        Membership membership = person.joinBody(council, MembershipRole.MEMBER, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(membership.isValidOn(LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(membership.isValidOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(membership.isValidOn(LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(membership.isValidOn(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void anOpenEndedMembershipLastsUntilEnded() {
        Membership membership = person.joinBody(council, MembershipRole.CHAIR, LocalDate.of(2023, 1, 1), null);
        assertThat(membership.isValidOn(LocalDate.of(2040, 1, 1))).isTrue();
    }

    @Test
    void refusesATermThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> person.joinBody(council, MembershipRole.MEMBER, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(person.getMemberships()).isEmpty();
    }
}
