package org.servicehall.itests.broken;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** The activator of a deliberately broken plugin: its start always fails. */
public final class FailingActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("this test plugin fails on purpose when it starts");
    }

    @Override
    public void stop(BundleContext context) {
        // never started
    }
}
