package org.qalam.spark;

import java.util.EnumMap;
import java.util.Map;
import org.qalam.arabic.normalize.NormalizationProfile;
import org.qalam.arabic.normalize.Normalizer;

/**
 * One normalizer per profile, shared by every SQL call of a JVM.
 *
 * <p>Why: normalizers are immutable and cheap, but a row-level function should not allocate one
 * per row.
 */
final class Normalizers {

    private static final Map<NormalizationProfile, Normalizer> BY_PROFILE =
            new EnumMap<>(NormalizationProfile.class);

    static {
        for (NormalizationProfile profile : NormalizationProfile.values()) {
            BY_PROFILE.put(profile, Normalizer.of(profile));
        }
    }

    private Normalizers() {
    }

    static Normalizer of(NormalizationProfile profile) {
        return BY_PROFILE.get(profile);
    }
}
