/** Administration over HTTP: launching and watching the batch jobs (authenticated administrators only). */
package org.musicrec.admin;
