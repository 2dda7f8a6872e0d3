package org.servicehall.web;

import com.vaadin.flow.component.Component;

/**
 * A screen a bundle adds to the console, registered as an OSGi service. The console adds its
 * route and menu entry (pushed to pages already open) while the service is registered and
 * withdraws both when it goes; pages showing a withdrawn screen move to the home page.
 *
 * <p>The view is built by {@link #createView()} for each navigation, so a DS component can pass
 * the services it was injected with into the view's constructor. View classes need no
 * {@code @Route}: the route comes from {@link ViewInfo#path()}.
 */
public interface ViewContribution {

    ViewInfo info();

    /** The class of the views {@link #createView()} returns; one class per contribution. */
    Class<? extends Component> viewType();

    /** Builds a fresh view for one navigation. */
    Component createView();
}
