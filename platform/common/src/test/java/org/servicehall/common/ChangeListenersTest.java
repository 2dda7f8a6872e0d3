package org.servicehall.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one "something changed" listener list of the site service, the catalogue and the contribution registries. */
class ChangeListenersTest {

    @Test
    void listenersAreToldInOrderAThrowingOneIsSkippedAndAClosedOneHearsNothing() {
        ChangeListeners listeners = new ChangeListeners("site");
        List<String> told = new ArrayList<>();
        Subscription first = listeners.add(() -> told.add("first"));
        listeners.add(() -> {
            throw new IllegalStateException("a broken screen");
        });
        listeners.add(() -> told.add("third"));
        listeners.fire();
        assertEquals(List.of("first", "third"), told);
        first.close();
        first.close();
        listeners.fire();
        assertEquals(List.of("first", "third", "third"), told);
    }
}
