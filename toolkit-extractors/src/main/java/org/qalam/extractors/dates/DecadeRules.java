package org.qalam.extractors.dates;

import static org.qalam.extractors.dates.Vocabulary.*;

import java.time.LocalDate;
import org.qalam.extractors.dates.Phrases.Hit;

/**
 * Rules for decades before or after the current one, read as whole calendar decades (in 2026,
 * العقد الماضي is 2010 to 2019): العقد المقبل, العقدين الماضيين, خلال العقود الثلاثة الماضية,
 * العقود القليلة المقبلة. Decades as lengths (منذ عقدين, لمدة عقد) are units of the offset and
 * duration rules.
 */
final class DecadeRules extends Rules {

    private static final int YEARS = Vocabulary.Unit.DECADE_YEARS;

    DecadeRules(Rules shared) {
        super(shared);
    }

    /** العقد الماضي, العقد المقبل. */
    Found period(int i) {
        Hit<Direction> hit = DECADE_PERIODS.match(atoms, i);
        return hit == null ? null : new Found(hit.end(), decades(hit.value(), 1));
    }

    /** العقدين الماضيين, خلال العقود الثلاثة الماضية, العقود القليلة المقبلة. */
    Found span(int i) {
        Hit<Integer> unit = DEFINITE_DECADES.match(atoms, WITHIN.skip(atoms, i));
        if (unit == null) {
            return null;
        }
        Part count = unit.value() > 0 ? new Part(unit.value(), unit.end())
                : definiteCount(unit.end());
        Hit<Direction> direction = count == null ? null : DIRECTIONS.match(atoms, count.end());
        if (direction == null || direction.value() == Direction.THIS) {
            return null;
        }
        return new Found(direction.end(), decades(direction.value(), count.value()));
    }

    /** The {@code count} whole decades before or after the current one, in years. */
    private DateValue decades(Direction direction, int count) {
        int current = today.getYear() / YEARS * YEARS;
        int first = direction == Direction.PAST ? current - YEARS * count : current + YEARS;
        int last = direction == Direction.PAST ? current - 1 : current + YEARS * (count + 1) - 1;
        return DateValue.between(LocalDate.of(first, 1, 1).atStartOfDay(),
                LocalDate.of(last, 1, 1).atStartOfDay(), Grain.YEAR, true);
    }
}
