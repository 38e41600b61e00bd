package org.qalam.extractors.entities;

import java.util.Locale;

/** The three entity types the extractor produces, named as mention types are in JSON. */
public enum EntityType {
    /** A person: نيكي هايلي, بشار الأسد. */
    PERSON,
    /** A place: a country, city, region, river or mountain. */
    LOCATION,
    /** An organization: a UN body, ministry, party, company, news agency or armed group. */
    ORGANIZATION;

    /** The mention type: {@code person}, {@code location} or {@code organization}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
