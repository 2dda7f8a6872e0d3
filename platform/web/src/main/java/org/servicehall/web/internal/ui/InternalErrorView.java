package org.servicehall.web.internal.ui;

import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

/**
 * A screen failed to open (a plugin's view threw, say): the user sees a plain sentence inside the
 * console frame and the rest of the console keeps working; the details go to the log.
 */
@ParentLayout(MainLayout.class)
public final class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {
    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LoggerFactory.getLogger(InternalErrorView.class).error("Screen /{} failed to open", event.getLocation().getPath(),
                parameter.getCaughtException());
        removeAll();
        setId("internal-error");
        add(new H2(getTranslation("error.internal.title")),
                new Paragraph(getTranslation("error.internal.text", "/" + event.getLocation().getPath())),
                new Anchor("/", getTranslation("error.home")));
        return 500;
    }
}
