#!/usr/bin/env bash
# notebooks/run-all.sh: execute every notebook headless against a warehouse; a failing cell fails.
#
#   TROOPWATCH_WAREHOUSE=/tmp/tw notebooks/run-all.sh
#   notebooks/run-all.sh --fixture    # against a tiny warehouse written from the test fixture
#
# Installs what it needs from Debian's packages when missing (.ci/notebook-deps: as root;
# idempotent, instant when all is there): jupyter-nbconvert, python3-nbclient, python3-ipykernel,
# python3-matplotlib, python3-pandas, python3-jpype. DuckDB runs as its JDBC jar inside a JVM
# that JPype starts (Debian packages no DuckDB or Arrow for Python); jobs/duckdb-jar finds the jar
# (or fetches it with Maven).
# Executed copies of the notebooks and their PNG figures go to $TROOPWATCH_NOTEBOOK_OUT; the
# notebooks in the repository stay without outputs. Exit code: 0 all ran, 1 a notebook failed
# (its error is printed), 2 no warehouse.
#
# Environment:
#   TROOPWATCH_WAREHOUSE     the warehouse to read (default: <repo>/warehouse; relative paths are
#                            relative to where you are)
#   TROOPWATCH_NOTEBOOK_OUT  executed notebooks and figures (default: <repo>/target/notebooks)
#   TROOPWATCH_NOTEBOOK_TIMEOUT  seconds one cell may take (default: 300)
#   TROOPWATCH_DUCKDB_JAR    the DuckDB JDBC jar (default: see jobs/duckdb-jar)
set -euo pipefail

NOTEBOOKS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$NOTEBOOKS_DIR")"
OUT="$(realpath -m "${TROOPWATCH_NOTEBOOK_OUT:-$REPO_DIR/target/notebooks}")"
# Debian's Python, whatever python3 the PATH finds first (pyenv, a venv): the packages are its.
PY=/usr/bin/python3

"$REPO_DIR/.ci/notebook-deps"
TROOPWATCH_DUCKDB_JAR="$("$REPO_DIR/jobs/duckdb-jar")"
export TROOPWATCH_DUCKDB_JAR
mkdir -p "$OUT"

if [[ "${1:-}" == "--fixture" ]]; then
  # The same tables the query tests use, written by DuckDB; for trying the notebooks without a run.
  TROOPWATCH_WAREHOUSE="$OUT/fixture-warehouse"
  rm -rf "$TROOPWATCH_WAREHOUSE"
  "$PY" "$NOTEBOOKS_DIR/troopwatch_tables.py" --write-fixture \
    "$REPO_DIR/src/test/resources/org/troopwatch/query/fixture-warehouse.sql" "$TROOPWATCH_WAREHOUSE"
fi
WAREHOUSE="$(realpath -m "${TROOPWATCH_WAREHOUSE:-$REPO_DIR/warehouse}")"
if [[ ! -d "$WAREHOUSE" ]]; then
  echo "run-all: no warehouse at $WAREHOUSE (run jobs/troopwatch nightly, or set TROOPWATCH_WAREHOUSE)" >&2
  exit 2
fi
export TROOPWATCH_WAREHOUSE="$WAREHOUSE" TROOPWATCH_NOTEBOOK_OUT="$OUT"
echo "run-all: notebooks against $WAREHOUSE, output in $OUT"

failed=0
ran=0
for notebook in "$NOTEBOOKS_DIR"/*.ipynb; do
  name="$(basename "$notebook" .ipynb)"
  start=$SECONDS
  # PATH without pyenv shims so that the kernel is Debian's python3 too.
  if PATH="/usr/bin:/bin" "$PY" -m nbconvert --to notebook --execute \
    --ExecutePreprocessor.timeout="${TROOPWATCH_NOTEBOOK_TIMEOUT:-300}" \
    --ExecutePreprocessor.kernel_name=python3 \
    --output-dir "$OUT" --output "$name.executed.ipynb" "$notebook" >"$OUT/$name.log" 2>&1; then
    echo "run-all: $name ok ($((SECONDS - start)) s)"
  else
    echo "run-all: $name FAILED ($((SECONDS - start)) s); the error:" >&2
    # nbconvert's own traceback ends with the failing cell's error; the head of the log is noise.
    tail -n 40 "$OUT/$name.log" >&2
    failed=$((failed + 1))
  fi
  ran=$((ran + 1))
done
echo "notebooks: $((ran - failed)) passed, $failed failed"
[[ $failed -eq 0 ]]
