/**
 * What the bundled providers share to read their configuration: typed config values with one
 * wording for a bad value. The only package of this module that every extractor package may use.
 */
package org.qalam.extractors.config;
