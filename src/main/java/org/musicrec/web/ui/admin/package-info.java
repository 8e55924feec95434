/** JSF view beans of the admin console (jobs, pipeline, models, audio map, activity) and its login. */
package org.musicrec.web.ui.admin;
