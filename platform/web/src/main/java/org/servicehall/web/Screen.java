package org.servicehall.web;

import java.util.Objects;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;

/**
 * The usual {@link ViewContribution}: a description, a view class and how to build one. A DS
 * component extends it and passes what it was injected with into the factory:
 *
 * <pre>
 * &#64;org.osgi.service.component.annotations.Component(service = ViewContribution.class)
 * public final class CatalogueScreen extends Screen {
 *     &#64;Activate
 *     public CatalogueScreen(&#64;Reference SiteService sites) {
 *         super(new ViewInfo("radiology/catalogue", "radiology.menu", "PICTURE", Role.ADMIN, "radiology", 400),
 *                 RadiologyView.class, () -&gt; new RadiologyView(sites));
 *     }
 * }
 * </pre>
 *
 * @since 1.1
 */
public abstract class Screen implements ViewContribution {
    private final ViewInfo info;
    private final Class<? extends Component> viewType;
    private final Supplier<? extends Component> factory;

    protected <V extends Component> Screen(ViewInfo info, Class<V> viewType, Supplier<V> factory) {
        this.info = Objects.requireNonNull(info, "info");
        this.viewType = Objects.requireNonNull(viewType, "viewType");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public final ViewInfo info() {
        return info;
    }

    @Override
    public final Class<? extends Component> viewType() {
        return viewType;
    }

    @Override
    public final Component createView() {
        return factory.get();
    }
}
