package org.servicehall.queue.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.servicehall.queue.internal.Simulation;

/**
 * {@code hall:simulate DEMO} (options before the site: {@code hall:simulate --arrivals 30 DEMO}): citizens arrive at the kiosk and the windows serve them, so a
 * newcomer sees the board, desk and dashboard come alive. {@code hall:simulate --stop DEMO} ends it.
 */
@Service
@Command(scope = "hall", name = "simulate", description = "Simulate arrivals and service at a hall (a demo that comes alive)")
public class SimulateCommand implements Action {
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
        if (stop) {
            System.out.println(simulation.stop(site) ? "simulation of " + site + " stopped" : "no simulation of " + site + " runs");
        } else {
            simulation.start(site, arrivalsPerMinute, serviceSeconds);
            System.out.println("simulating " + site + ": " + arrivalsPerMinute + " arrivals/min, ~" + serviceSeconds
                    + " s per service; stop with hall:simulate --stop " + site);
        }
        return null;
    }
}
