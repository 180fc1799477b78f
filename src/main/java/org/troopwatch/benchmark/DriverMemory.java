package org.troopwatch.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The driver's peak memory between two marks: resident set size from {@code /proc/self/status}
 * (VmHWM, reset through {@code /proc/self/clear_refs} where Linux allows it) and the JVM heap (the
 * sum of each heap pool's peak, so at most a little above the true peak). With local masters the
 * executors run in the driver, so this is the whole job's memory.
 */
public final class DriverMemory {

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  /** Peaks since the last {@link #reset}, in bytes; rss is -1 where /proc is missing. */
  public record Peak(long rssBytes, long heapBytes, boolean rssSinceReset) {}

  private boolean rssResettable = true;

  /** Starts a new measuring interval. */
  public void reset() {
    for (MemoryPoolMXBean pool : heapPools()) {
      pool.resetPeakUsage();
    }
    if (rssResettable) {
      try {
        // "5" resets the peak RSS counter (Linux 4.0+); without the right, VmHWM stays the
        // process's peak since it started, which the report then says.
        Files.writeString(CLEAR_REFS, "5");
      } catch (IOException | SecurityException e) {
        rssResettable = false;
      }
    }
  }

  /** The peaks since the last reset. */
  public Peak peak() {
    long heap = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Peak(vmHwmBytes(), heap, rssResettable);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  /** VmHWM of this process, or -1 where there is no /proc. */
  static long vmHwmBytes() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmHWM:")) {
          return parseKb(line) * 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  /** The number of kB in a line such as {@code "VmHWM:\t 123456 kB"}. */
  static long parseKb(String line) {
    String[] parts = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
    return Long.parseLong(parts[0]);
  }
}
