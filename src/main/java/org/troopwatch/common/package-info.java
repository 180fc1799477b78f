/** What every stage shares: the table schemas, the warehouse, options and the Spark session. */
package org.troopwatch.common;
