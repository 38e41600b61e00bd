package org.qalam.extractors.entities;

/**
 * A family of recognition rules over one document's {@link Chart} (organization heads, place
 * cues, persons): it reads the chart's units and gazetteer matches with the chart's lists and
 * word tests, and proposes entities that the {@link Recognizer} claims.
 *
 * <p>The lists and word tests are the chart's own, so a rule can never read a chart with another
 * model's lists.
 */
abstract class ChartRules {

    /** The lists the rules read. */
    final EntityModel model;
    /** The word tests the rules share. */
    final Lexical lexical;
    /** The document's units, matches and claims. */
    final Chart chart;

    ChartRules(Chart chart) {
        this.chart = chart;
        this.model = chart.model;
        this.lexical = chart.lexical;
    }
}
