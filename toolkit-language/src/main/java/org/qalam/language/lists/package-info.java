/**
 * Word lists as data files: {@link org.qalam.language.lists.WordList} reads the one format the
 * toolkit's lists use (one entry per line, {@code #} comments).
 *
 * <p>Why in the library: bundled extractors and plugins keep reviewable lists the same way.
 */
package org.qalam.language.lists;
