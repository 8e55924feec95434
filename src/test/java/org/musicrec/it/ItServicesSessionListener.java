package org.musicrec.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the shared services when the failsafe run begins, before Arquillian starts Payara Micro,
 * which reads the configuration they produce. Unit-test runs (surefire) do not set
 * {@code musicrec.it.work-dir} and pay nothing.
 */
public final class ItServicesSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("musicrec.it.work-dir") != null) {
            ItServices.get();
        }
    }
}
