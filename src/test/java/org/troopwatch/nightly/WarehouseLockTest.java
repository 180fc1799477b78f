package org.troopwatch.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseLockTest {

  @TempDir Path warehouse;

  private WarehouseLock acquire() {
    return WarehouseLock.acquire(warehouse.toString(), new Configuration());
  }

  private Path lockFile() {
    return warehouse.resolve(WarehouseLock.FILE);
  }

  @Test
  void theLockFileNamesThisProcessItsHostAndWhenItStarted() throws Exception {
    try (WarehouseLock lock = acquire()) {
      var fields = WarehouseLock.parse(Files.readString(lockFile(), StandardCharsets.UTF_8));

      assertThat(fields.get("pid")).isEqualTo(Long.toString(ProcessHandle.current().pid()));
      assertThat(fields.get("host")).isNotBlank();
      assertThat(Instant.parse(fields.get("started"))).isBeforeOrEqualTo(Instant.now());
    }
    assertThat(lockFile()).doesNotExist();
  }

  @Test
  void aSecondRunIsRefusedWithTheOwnerInTheMessageAndExitCodeFour() {
    try (WarehouseLock lock = acquire()) {
      assertThatThrownBy(this::acquire)
          .isInstanceOf(WarehouseLockedException.class)
          .hasMessageContaining("is locked by another run: pid " + ProcessHandle.current().pid())
          .hasMessageContaining(lockFile().toString())
          .satisfies(e -> assertThat(((WarehouseLockedException) e).getExitCode()).isEqualTo(4));
    }
  }

  @Test
  void theLockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
    Process dead = new ProcessBuilder("true").start();
    assertThat(dead.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String stale =
        WarehouseLock.describe(ProcessHandle.current(), Instant.parse("2024-01-01T00:00:00Z"))
            .replaceFirst("pid=\\d+", "pid=" + dead.pid());
    Files.writeString(lockFile(), stale, StandardCharsets.UTF_8);

    try (WarehouseLock lock = acquire()) {
      assertThat(Files.readString(lockFile(), StandardCharsets.UTF_8))
          .contains("pid=" + ProcessHandle.current().pid());
    }
  }

  @Test
  void aLiveProcessWhosePidWasReusedCountsAsGone() {
    String reused =
        WarehouseLock.describe(ProcessHandle.current(), Instant.now())
            .replaceFirst("process_started=.*", "process_started=2000-01-01T00:00:00Z");

    assertThat(WarehouseLock.isStale(WarehouseLock.parse(reused))).isTrue();
  }

  @Test
  void aLockFromAnotherHostIsNeverTakenOver() throws Exception {
    Files.writeString(
        lockFile(),
        "pid=1\nhost=some-other-host\nstarted=2024-01-01T00:00:00Z\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(this::acquire)
        .isInstanceOf(WarehouseLockedException.class)
        .hasMessageContaining("pid 1 on host some-other-host, started 2024-01-01T00:00:00Z");
  }

  @Test
  void releasingLeavesALockThatAnotherRunTookAlone() throws Exception {
    WarehouseLock lock = acquire();
    String other = "pid=1\nhost=some-other-host\nstarted=2024-01-01T00:00:00Z\n";
    Files.writeString(lockFile(), other, StandardCharsets.UTF_8);

    lock.close();

    assertThat(Files.readString(lockFile(), StandardCharsets.UTF_8)).isEqualTo(other);
  }
}
