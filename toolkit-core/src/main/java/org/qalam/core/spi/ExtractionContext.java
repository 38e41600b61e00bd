package org.qalam.core.spi;

import static java.util.Objects.requireNonNull;

/**
 * What an extractor may know besides the document: the reference time that relative expressions
 * such as أمس or الأسبوع المقبل resolve against.
 */
public record ExtractionContext(ReferenceTime referenceTime) {

    /** Rejects a null reference time. */
    public ExtractionContext {
        requireNonNull(referenceTime, "referenceTime");
    }

    /** A context whose reference time is now, in the system zone. */
    public static ExtractionContext now() {
        return new ExtractionContext(ReferenceTime.now());
    }
}
