package se.sparbar.motion;

import java.time.LocalDate;

/** What the clerk records when registering: date received, sender, what it is about in brief. */
public record Registration(LocalDate receivedOn, String sender, String summary) {
}
