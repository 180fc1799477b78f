/**
 * SQL over the warehouse from a shell: {@code jobs/query "SELECT ..."} registers every published
 * table as a DuckDB view over its Parquet files and prints the result as an aligned table or CSV.
 * Needs no Spark; the DuckDB JDBC driver comes on the class path from jobs/query.
 */
package org.troopwatch.query;
