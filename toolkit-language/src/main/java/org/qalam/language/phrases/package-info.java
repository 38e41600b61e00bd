/**
 * Listed phrases matched word by word: {@link org.qalam.language.phrases.PhraseTrie} finds the
 * longest listed phrase at a position in a sequence of word keys.
 *
 * <p>Why in the library: gazetteers, date words and a plugin's own lists share one matcher.
 */
package org.qalam.language.phrases;
