/**
 * Qalam on Apache Spark: {@link org.qalam.spark.QalamSpark} (the Dataset API, SQL functions and
 * corpus-adaptive repair), {@link org.qalam.spark.QalamOptions}, the stable output
 * {@link org.qalam.spark.QalamSchema}, {@link org.qalam.spark.QalamCounters} and the ready
 * {@link org.qalam.spark.AnalyzeJob}.
 *
 * <p>How it runs: closures carry only small option values; each executor JVM builds one
 * pipeline on first use and reuses it for every task ({@code ExecutorPipelines}), discovering
 * plugin extractors through the task class loader, which sees the jars shipped with
 * {@code --jars}. Spark itself is provided by the cluster.
 */
package org.qalam.spark;
