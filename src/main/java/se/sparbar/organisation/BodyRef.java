package se.sparbar.organisation;

/** A body as other modules show it. */
public record BodyRef(long id, String abbreviation, String name, BodyType type) implements se.sparbar.shared.Labelled {

    @Override
    public String label() {
        return name;
    }
}
