/** The MongoDB adapter of the leases (plain driver, collection {@code job_leases}). */
package org.musicrec.platform.lease.mongo;
