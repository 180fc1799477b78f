"""The TroopWatch warehouse for notebooks: DuckDB (its JDBC driver, through JPype) over the
tables' Parquet files, with results as pandas DataFrames.

Debian has no Python package for DuckDB or Arrow, so DuckDB runs in a JVM that JPype starts in
this process. Each table folder of the warehouse (articles, rejects, claims, figures, revisions,
consensus) becomes a view of the same name, as in jobs/query; notebooks never import TroopWatch's
code, only read its tables.

Environment:
  TROOPWATCH_WAREHOUSE   the warehouse folder (relative to the repository's root; default: warehouse)
  TROOPWATCH_DUCKDB_JAR  the DuckDB JDBC jar (default: what jobs/duckdb-jar finds)
  TROOPWATCH_NOTEBOOK_OUT  where figures are saved as PNG (default: target/notebooks)
"""

import datetime
import os
import pathlib
import re
import subprocess

import jpype
import jpype.dbapi2
import pandas as pd

REPO = pathlib.Path(__file__).resolve().parent.parent
JPYPE_SUPPORT_JAR = pathlib.Path("/usr/share/java/org.jpype.jar")
TABLES = ("articles", "rejects", "claims", "figures", "revisions", "consensus", "coverage")

_connection = None


def warehouse() -> pathlib.Path:
    """The warehouse folder: $TROOPWATCH_WAREHOUSE (relative to the repo's root), else <repo>/warehouse."""
    return (REPO / os.environ.get("TROOPWATCH_WAREHOUSE", "warehouse")).resolve()


def output_folder() -> pathlib.Path:
    """Where the notebooks save their figures: $TROOPWATCH_NOTEBOOK_OUT, else <repo>/target/notebooks."""
    folder = (REPO / os.environ.get("TROOPWATCH_NOTEBOOK_OUT", "target/notebooks")).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def duckdb_jar() -> str:
    """The DuckDB JDBC jar, found (or fetched with Maven) by jobs/duckdb-jar."""
    found = subprocess.run(
        [str(REPO / "jobs" / "duckdb-jar")], check=True, capture_output=True, text=True
    )
    return found.stdout.strip()


def tables_in(folder: pathlib.Path) -> list:
    """Table folders under the warehouse: lower-case names holding Parquet files (not _staging ...)."""
    if not folder.is_dir():
        raise FileNotFoundError(
            f"warehouse {folder} is not a folder: set TROOPWATCH_WAREHOUSE or run jobs/troopwatch nightly"
        )
    return sorted(
        d.name
        for d in folder.iterdir()
        if d.is_dir() and re.fullmatch(r"[a-z][a-z0-9_]*", d.name) and any(d.rglob("*.parquet"))
    )


def _start_jvm() -> None:
    """Starts the JVM once, with DuckDB's jar and, where Debian has it apart, JPype's own."""
    if jpype.isJVMStarted():
        return
    classpath = [duckdb_jar()]
    if JPYPE_SUPPORT_JAR.exists():
        classpath.insert(0, str(JPYPE_SUPPORT_JAR))
    jpype.startJVM(classpath=classpath, convertStrings=True)
    # Timestamps print in UTC, as the Spark jobs write them.
    jpype.java.util.TimeZone.setDefault(jpype.java.util.TimeZone.getTimeZone("UTC"))


def connect():
    """A DB-API connection to DuckDB with one view per table of the warehouse (opened once)."""
    global _connection
    if _connection is not None:
        return _connection
    _start_jvm()
    connection = jpype.dbapi2.connect("jdbc:duckdb:")
    folder = warehouse()
    found = tables_in(folder)
    missing = [t for t in TABLES if t not in found]
    if missing:
        raise FileNotFoundError(f"warehouse {folder} has no table {', '.join(missing)}; it has: {found}")
    cursor = connection.cursor()
    for table in found:
        glob = str(folder / table / "**" / "*.parquet").replace("'", "''")
        cursor.execute(
            f"CREATE OR REPLACE VIEW {table} AS "
            f"SELECT * FROM read_parquet('{glob}', hive_partitioning = true)"
        )
    cursor.close()
    _connection = connection
    return connection


def _python(value):
    """A JDBC value as plain Python: lists for DuckDB lists, int/float for Java numbers."""
    if value is None or isinstance(value, (str, bool, datetime.date, datetime.datetime)):
        return value
    if isinstance(value, jpype.JObject) and value.getClass().getName().endswith("DuckDBArray"):
        return [_python(v) for v in value.getArray()]
    if isinstance(value, (int, jpype.JLong, jpype.JInt, jpype.JShort)):
        return int(value)
    if isinstance(value, (float, jpype.JDouble, jpype.JFloat)):
        return float(value)
    return str(value)


def query(sql: str, *params) -> pd.DataFrame:
    """Runs one SELECT (parameters as ?) and returns its rows; dates become pandas timestamps."""
    cursor = connect().cursor()
    try:
        cursor.execute(sql, params)
        columns = [d[0] for d in cursor.description]
        types = [d[1] for d in cursor.description]
        rows = [[_python(v) for v in row] for row in cursor.fetchall()]
    finally:
        cursor.close()
    frame = pd.DataFrame(rows, columns=columns)
    for column, kind in zip(columns, types):
        if kind in ("DATE", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE"):
            frame[column] = pd.to_datetime(frame[column])
    return frame


def where(conditions: dict) -> tuple:
    """A WHERE clause and its parameters for the conditions whose value is not None.

    Keys are SQL expressions with one '?', e.g. {"metric = ?": "deployed", "published >= ?": None}.
    """
    used = {sql: value for sql, value in conditions.items() if value is not None}
    clause = " AND ".join(used) if used else "TRUE"
    return clause, tuple(used.values())


def write_fixture(script: pathlib.Path, folder: pathlib.Path) -> None:
    """Writes the test fixture's tables (a DuckDB script with ${warehouse}) into folder."""
    for table in TABLES:
        (folder / table).mkdir(parents=True, exist_ok=True)
    text = script.read_text(encoding="utf-8").replace("${warehouse}", str(folder).replace("'", "''"))
    # As QueryCommand.splitScript: '--' lines dropped, a statement ends with ';' at a line's end.
    lines = [line for line in text.splitlines() if not line.strip().startswith("--")]
    statements = [s.strip() for s in re.split(r";[ \t]*\n", "\n".join(lines) + "\n") if s.strip()]
    _start_jvm()
    connection = jpype.dbapi2.connect("jdbc:duckdb:")
    cursor = connection.cursor()
    for statement in statements:
        cursor.execute(statement)
    connection.close()


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 4 or sys.argv[1] != "--write-fixture":
        sys.exit("usage: troopwatch_tables.py --write-fixture SCRIPT.sql FOLDER")
    write_fixture(pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]))
