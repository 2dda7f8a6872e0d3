package org.servicehall.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.servicehall.security.Actor;
import org.servicehall.web.HomeFigure;
import org.servicehall.web.HomeFigures;
import org.servicehall.web.ViewInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The areas' {@link HomeFigures} (whiteboard): the home page's live figures for one actor, in menu
 * group order; an area that fails is left out and logged.
 */
@Component(service = FigureRegistry.class, immediate = true)
public final class FigureRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(FigureRegistry.class);
    private final List<HomeFigures> sources = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addFigures(HomeFigures figures) {
        sources.add(figures);
    }

    public void removeFigures(HomeFigures figures) {
        sources.remove(figures);
    }

    /** Every figure {@code actor} may see now, by group (in {@link ViewInfo#GROUPS} order), then order. */
    public List<HomeFigure> figures(Actor actor) {
        List<HomeFigure> all = new ArrayList<>();
        for (HomeFigures source : sources) {
            try {
                all.addAll(source.figures(actor));
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("The home figures of {} could not be read; the home page shows the others", source.getClass().getName(), e);
            }
        }
        all.sort(Comparator.comparingInt((HomeFigure f) -> ViewInfo.GROUPS.indexOf(f.group())).thenComparingInt(HomeFigure::order)
                .thenComparing(HomeFigure::id));
        return all;
    }
}
