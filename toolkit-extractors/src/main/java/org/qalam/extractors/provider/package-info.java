/**
 * What the bundled providers share: their common declaration ({@link
 * org.qalam.extractors.provider.BundledProvider}) and the typed reading of their config keys
 * ({@link org.qalam.extractors.provider.ConfigValues}). The only package of this module that
 * every extractor package may use.
 */
package org.qalam.extractors.provider;
