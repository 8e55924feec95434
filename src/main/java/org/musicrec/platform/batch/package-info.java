/** What every batch job shares: the problems it records and the totals its progress is measured against. */
package org.musicrec.platform.batch;
