package org.qalam.extractors.entities;

/**
 * An entity found over units {@code [first, last]}: its type, where its span starts (after any
 * proclitic of the first unit), the first unit's form as read, and what found it.
 *
 * @param method {@code model}, {@code gazetteer} or {@code rule}
 */
record Found(EntityType type, int first, int last, int start, String firstForm, String method) {

    static final String GAZETTEER = "gazetteer";
    static final String RULE = "rule";
    static final String MODEL = "model";
}
