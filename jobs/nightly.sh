#!/usr/bin/env bash
# jobs/nightly.sh: the scheduled nightly batch, for cron (see jobs/crontab.example).
#
#   jobs/nightly.sh                          # yesterday (UTC)
#   jobs/nightly.sh --date 2024-03-05        # one day again (idempotent)
#   jobs/nightly.sh --from 2024-03-01 --to 2024-03-05   # backfill, day by day
#
# Reads its settings from jobs/troopwatch.conf (or the file $TROOPWATCH_CONF); a variable already
# set in the environment wins over the file. Takes an exclusive flock so that two runs on one
# warehouse never overlap on this host (the job's own warehouse lock also guards other hosts),
# then runs `jobs/troopwatch ... nightly --warehouse W --input I... [ARGS]`, writing everything it
# prints to one log per run: $TROOPWATCH_LOG_DIR/nightly-<UTC time>-<pid>.log.
#
# Exit codes (what cron or another scheduler sees):
#   0 done   1 the run failed (see the log)   2 bad settings or command line
#   4 another run holds the lock (nothing started)
#
# Settings (troopwatch.conf or environment):
#   TROOPWATCH_WAREHOUSE        the warehouse folder or URI (required)
#   TROOPWATCH_INPUT            input folders, files or globs, separated by spaces (required)
#   TROOPWATCH_SELECT           auto | path-date | watermark (default: auto; see nightly --help)
#   TROOPWATCH_MASTER           Spark master (default: local[*])
#   TROOPWATCH_DRIVER_MEMORY    driver memory (default: 4g)
#   TROOPWATCH_EXECUTOR_MEMORY  executor memory on a cluster (default: Spark's)
#   TROOPWATCH_LOG_DIR          where the per-run logs go (default: <repo>/logs)
#   TROOPWATCH_LOCK_FILE        the flock file (default: /tmp/troopwatch-nightly-<hash of warehouse>.lock)
#   TROOPWATCH_BIN              the command that runs a job (default: jobs/troopwatch)
set -uo pipefail

JOBS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$JOBS_DIR")"
CONF="${TROOPWATCH_CONF:-$JOBS_DIR/troopwatch.conf}"
SETTINGS=(TROOPWATCH_WAREHOUSE TROOPWATCH_INPUT TROOPWATCH_SELECT TROOPWATCH_MASTER
  TROOPWATCH_DRIVER_MEMORY TROOPWATCH_EXECUTOR_MEMORY TROOPWATCH_LOG_DIR TROOPWATCH_LOCK_FILE
  TROOPWATCH_BIN)

fail() { echo "nightly.sh: $*" >&2; exit 2; }

# The environment wins over the file: keep what is set, read the file, put it back.
declare -A given=()
for name in "${SETTINGS[@]}"; do
  if [[ -n "${!name+x}" ]]; then given[$name]="${!name}"; fi
done
if [[ -n "${TROOPWATCH_CONF:-}" && ! -f "$CONF" ]]; then
  fail "TROOPWATCH_CONF names $CONF, which does not exist"
fi
if [[ -f "$CONF" ]]; then
  # shellcheck disable=SC1090 # the configuration file is chosen at run time
  source "$CONF" || fail "cannot read $CONF"
fi
for name in "${!given[@]}"; do printf -v "$name" '%s' "${given[$name]}"; done

WAREHOUSE="${TROOPWATCH_WAREHOUSE:-}"
INPUT="${TROOPWATCH_INPUT:-}"
[[ -n "$WAREHOUSE" ]] || fail "no warehouse: set TROOPWATCH_WAREHOUSE in $CONF or the environment"
[[ -n "$INPUT" ]] || fail "no input: set TROOPWATCH_INPUT in $CONF or the environment"
LOG_DIR="${TROOPWATCH_LOG_DIR:-$REPO_DIR/logs}"
LOCK_FILE="${TROOPWATCH_LOCK_FILE:-${TMPDIR:-/tmp}/troopwatch-nightly-$(printf '%s' "$WAREHOUSE" | sha256sum | cut -c1-12).lock}"
BIN="${TROOPWATCH_BIN:-$JOBS_DIR/troopwatch}"

mkdir -p "$LOG_DIR" || fail "cannot create the log folder $LOG_DIR"
exec 9>>"$LOCK_FILE" || fail "cannot open the lock file $LOCK_FILE"
if ! flock -n 9; then
  echo "nightly.sh: another nightly run on warehouse $WAREHOUSE holds $LOCK_FILE; not starting" >&2
  exit 4
fi

LOG="$LOG_DIR/nightly-$(date -u +%Y%m%dT%H%M%SZ)-$$.log"
read -r -a inputs <<<"$INPUT"
submit=(--master "${TROOPWATCH_MASTER:-local[*]}" --driver-memory "${TROOPWATCH_DRIVER_MEMORY:-4g}")
if [[ -n "${TROOPWATCH_EXECUTOR_MEMORY:-}" ]]; then
  submit+=(--conf "spark.executor.memory=$TROOPWATCH_EXECUTOR_MEMORY")
fi
job=(nightly --warehouse "$WAREHOUSE" --input "${inputs[@]}")
if [[ -n "${TROOPWATCH_SELECT:-}" ]]; then job+=(--select "$TROOPWATCH_SELECT"); fi

{
  echo "nightly.sh: started $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(hostname), pid $$"
  echo "nightly.sh: $BIN ${submit[*]} ${job[*]} $*"
} >>"$LOG"
# The job inherits the flock (descriptor 9): it is held until the job itself ends.
"$BIN" "${submit[@]}" "${job[@]}" "$@" >>"$LOG" 2>&1
status=$?
echo "nightly.sh: finished $(date -u +%Y-%m-%dT%H:%M:%SZ) with exit code $status" >>"$LOG"
if [[ $status -ne 0 ]]; then
  echo "nightly.sh: the nightly run failed with exit code $status; log: $LOG" >&2
fi
exit "$status"
