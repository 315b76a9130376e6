package se.sparbar.organisation.domain;

import se.sparbar.organisation.BodyType;
import se.sparbar.shared.Labelled;

/** A body as the administrator's pages show and edit it. */
public record BodyRow(long id, String abbreviation, String name, BodyType type, boolean active, long version) implements Labelled {

    static BodyRow of(Body body) {
        return new BodyRow(body.getId(), body.getAbbreviation(), body.getName(), body.getType(), body.isActive(), body.getVersion());
    }

    @Override
    public String label() {
        return name + " (" + abbreviation + ")";
    }
}
