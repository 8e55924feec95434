/** The listener's page: its client of the serving API (the contract's JSON) and its view bean. */
package org.musicrec.web.ui.listener;
