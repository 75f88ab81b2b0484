/**
 * The database as a resource of the process: checks at start (one clear line and exit status 1 when the data
 * directory or the database cannot be used), the embedded H2 database kept to the data directory's owner and to the
 * local machine (generated password, owner-only files, loopback-only AUTO_SERVER), a health check that answers within
 * a bound, and a bulkhead for the requests that need the database. Decision 0021.
 */
package org.plenum.database;
