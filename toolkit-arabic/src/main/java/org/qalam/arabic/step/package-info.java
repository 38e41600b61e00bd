/**
 * What the pipeline steps of this module ({@code tokens}, {@code sentences}, {@code words})
 * share: a step named after the layer it writes.
 */
package org.qalam.arabic.step;
