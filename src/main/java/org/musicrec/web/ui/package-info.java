/** JSF view beans of the listener's page and the admin console. */
package org.musicrec.web.ui;
