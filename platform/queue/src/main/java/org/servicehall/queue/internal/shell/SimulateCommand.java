package org.servicehall.queue.internal.shell;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.servicehall.common.HallException;
import org.servicehall.common.Texts;
import org.servicehall.queue.internal.Simulation;

/**
 * {@code hall:simulate DEMO} (options before the site: {@code hall:simulate --arrivals 30 DEMO}): citizens arrive at the kiosk and the windows serve them, so a
 * newcomer sees the board, desk and dashboard come alive. {@code hall:simulate --stop DEMO} ends it.
 */
@Service
@Command(scope = "hall", name = "simulate", description = "Simulate arrivals and service at a hall (a demo that comes alive)")
public class SimulateCommand implements Action {
    private static final Texts TEXTS = Texts.of(SimulateCommand.class, "queue");

    @Argument(index = 0, name = "site", required = true)
    String site;

    @Option(name = "--arrivals", description = "Citizens arriving per minute")
    int arrivalsPerMinute = 12;

    @Option(name = "--service-seconds", description = "Average time a window serves a citizen, in seconds")
    int serviceSeconds = 40;

    @Option(name = "--stop", description = "Stop the simulation of this site")
    boolean stop;

    @Reference
    Simulation simulation;

    @Override
    public Object execute() {
        Locale locale = Locale.getDefault();
        String code = site.trim().toUpperCase();
        if (stop) {
            System.out.println(TEXTS.message(simulation.stop(code) ? "simulate.stopped" : "simulate.notRunning", code).in(locale));
            return null;
        }
        try {
            simulation.start(code, arrivalsPerMinute, serviceSeconds);
        } catch (HallException e) {
            // a closed hall (or a wrong figure): say so and what to do, instead of simulating nothing
            System.out.println(e.message(locale));
            return null;
        }
        System.out.println(TEXTS.message("simulate.started", code, arrivalsPerMinute, serviceSeconds).in(locale));
        return null;
    }
}
