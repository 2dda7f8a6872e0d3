package org.servicehall.web.internal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

/** A page that does not exist (or belongs to a plugin that is not installed), inside the console frame. */
@ParentLayout(MainLayout.class)
public final class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {
    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found");
        add(new H2(getTranslation("error.notfound.title")),
                new Paragraph(getTranslation("error.notfound.text", "/" + event.getLocation().getPath())),
                new Anchor("/", getTranslation("error.home")));
        return 404;
    }
}
