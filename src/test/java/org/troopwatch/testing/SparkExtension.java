package org.troopwatch.testing;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.troopwatch.common.SparkSessions;

/**
 * Shares one local SparkSession per test JVM ({@code local[2]}, UI off, few shuffle partitions),
 * injected as a parameter; it is stopped when the JVM's root test context closes.
 */
public final class SparkExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SparkExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("session", key -> new ClosableSession(), ClosableSession.class)
        .spark;
  }

  /** Wraps the session so JUnit stops it when the root context closes. */
  private static final class ClosableSession implements ExtensionContext.Store.CloseableResource {
    final SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("troopwatch-tests")
            .config(SparkSessions.defaults())
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.default.parallelism", "4")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();

    @Override
    public void close() {
      spark.stop();
    }
  }
}
