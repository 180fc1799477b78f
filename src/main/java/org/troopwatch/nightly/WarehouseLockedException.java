package org.troopwatch.nightly;

import picocli.CommandLine.IExitCodeGenerator;

/** Another run holds the warehouse lock; the command exits with {@link #EXIT_CODE}. */
public final class WarehouseLockedException extends RuntimeException implements IExitCodeGenerator {

  /** The exit code of a run refused because another one holds the lock. */
  public static final int EXIT_CODE = 4;

  private static final long serialVersionUID = 1L;

  public WarehouseLockedException(String message) {
    super(message);
  }

  @Override
  public int getExitCode() {
    return EXIT_CODE;
  }
}
