package org.qalam.spark;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

/**
 * Wraps a Java map as the Scala map Spark's row encoder expects, through whichever converter the
 * Scala library on the class path has: {@code scala.jdk.javaapi.CollectionConverters} (2.13) or
 * {@code scala.collection.JavaConversions} (2.12).
 *
 * <p>Why not call one directly: the jar is Java only, and Spark 3.5 distributions come with either
 * Scala; linking to one converter would tie the jar to one of them.
 */
final class ScalaMaps {

    private static final MethodHandle AS_SCALA = find();

    private ScalaMaps() {
    }

    static Object asScala(Map<String, String> map) {
        try {
            return AS_SCALA.invoke(map);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot wrap a map for Spark", e);
        }
    }

    private static MethodHandle find() {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        String[][] candidates = {
            {"scala.jdk.javaapi.CollectionConverters", "asScala", "scala.collection.mutable.Map"},
            {"scala.collection.JavaConversions", "mapAsScalaMap", "scala.collection.mutable.Map"}};
        for (String[] candidate : candidates) {
            try {
                Class<?> owner = Class.forName(candidate[0]);
                Class<?> result = Class.forName(candidate[2]);
                return lookup.findStatic(owner, candidate[1], MethodType.methodType(result,
                        Map.class));
            } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
                // try the next Scala version's converter
            }
        }
        throw new IllegalStateException("no Scala 2.12 or 2.13 collection converters on the "
                + "class path");
    }
}
