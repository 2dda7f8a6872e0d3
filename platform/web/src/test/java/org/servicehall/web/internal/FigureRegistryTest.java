package org.servicehall.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.web.HomeFigure;
import org.servicehall.web.HomeFigure.Tone;
import org.servicehall.web.ViewInfo;

/** Issue 12 (Console): the home page's figures come from the areas present, in menu order; a failing area is left out. */
class FigureRegistryTest {
    private static final Actor SUPERVISOR = new Actor("s", null, EnumSet.of(Role.SUPERVISOR));

    @Test
    void figuresAreOrderedByGroupAndAFailingAreaIsLeftOut() {
        FigureRegistry registry = new FigureRegistry();
        assertEquals(List.of(), registry.figures(SUPERVISOR), "no area installed: no figures, no error");
        registry.addFigures(a -> List.of(new HomeFigure("cases-due", ViewInfo.COMPLAINTS, 10, "k", 2, Tone.WARNING, "complaints")));
        registry.addFigures(a -> {
            throw new IllegalStateException("the queue's database is away");
        });
        registry.addFigures(a -> List.of(new HomeFigure("alerts", ViewInfo.QUEUE, 30, "k", 1, Tone.ALERT, null),
                new HomeFigure("waiting", ViewInfo.QUEUE, 10, "k", 21, Tone.NORMAL, null)));
        assertEquals(List.of("waiting", "alerts", "cases-due"), registry.figures(SUPERVISOR).stream().map(HomeFigure::id).toList());
    }
}
