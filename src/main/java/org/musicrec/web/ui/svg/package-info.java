/** Charts drawn as SVG on the server (plain Java, no annotations): line chart, scatter plot, bar chart; every text escaped. */
package org.musicrec.web.ui.svg;
