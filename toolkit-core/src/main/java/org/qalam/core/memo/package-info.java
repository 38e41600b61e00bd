/** A bounded, thread-safe memo of values computed per key (per word form), shared by steps. */
package org.qalam.core.memo;
