/** The {@code ./musicrec evaluate} and {@code ./musicrec split} command-line entry points. */
package org.musicrec.tools.evaluate;
