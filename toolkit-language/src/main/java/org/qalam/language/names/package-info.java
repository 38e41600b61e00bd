/**
 * Name matching keys: {@link org.qalam.language.names.ArabicKey} folds the spelling variants
 * news text uses for one name (إسرائيل, اسرائيل) to one key.
 *
 * <p>Why in the library: gazetteers of bundled extractors and plugins compare names the same way.
 */
package org.qalam.language.names;
