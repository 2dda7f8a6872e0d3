package org.servicehall.queue.internal.ui;

import java.util.Map;

import org.servicehall.queue.internal.ScreenSettings;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Q1, Q7: a supervisor sets the hall's public screens: the notice line scrolling on the display
 * boards, how fast the boards speak, and how long the kiosk shows a new ticket.
 */
public final class ScreenSettingsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient ScreenSettings screens;
    private final SitePicker site;
    private final TextField notice = new TextField();
    private final IntegerField rate = new IntegerField();
    private final IntegerField seconds = new IntegerField();
    private final HorizontalLayout links = new HorizontalLayout();

    public ScreenSettingsView(ScreenSettings screens, SiteService sites) {
        this.screens = screens;
        setId("screen-settings");
        site = new SitePicker(sites, s -> load());
        notice.setId("screens-notice");
        notice.setLabel(getTranslation("screens.notice"));
        notice.setHelperText(getTranslation("screens.notice.help"));
        notice.setMaxLength(300);
        notice.setWidth("48em");
        rate.setId("screens-speech-rate");
        rate.setLabel(getTranslation("screens.speechRate"));
        rate.setHelperText(getTranslation("screens.speechRate.help"));
        rate.setStepButtonsVisible(true);
        rate.setStep(10);
        seconds.setId("screens-kiosk-seconds");
        seconds.setLabel(getTranslation("screens.kioskSeconds"));
        seconds.setHelperText(getTranslation("screens.kioskSeconds.help"));
        seconds.setStepButtonsVisible(true);
        Button save = new Button(getTranslation("screens.save"), e -> save());
        save.setId("screens-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("menu.screens")), site, notice, new HorizontalLayout(rate, seconds), save, links);
        load();
    }

    private void load() {
        Site s = site.getValue();
        links.removeAll();
        if (s == null) {
            return;
        }
        ScreenSettings.Values v = screens.of(s.id());
        notice.setValue(v.notice());
        rate.setValue(v.speechRatePercent());
        seconds.setValue(v.kioskReturnSeconds());
        Anchor board = new Anchor("board?site=" + s.code(), getTranslation("screens.openBoard"));
        board.setTarget("_blank");
        Anchor kiosk = new Anchor("kiosk?site=" + s.code(), getTranslation("screens.openKiosk"));
        kiosk.setTarget("_blank");
        links.add(board, kiosk);
    }

    private void save() {
        Site s = site.getValue();
        if (s == null) {
            return;
        }
        boolean saved = Console.attempt(() -> screens.set(Console.actor(), s.id(), notice.getValue(),
                rate.getValue() == null ? 0 : rate.getValue(), seconds.getValue() == null ? 0 : seconds.getValue()),
                Map.of("notice", notice, "speechRatePercent", rate, "kioskReturnSeconds", seconds));
        if (saved) {
            Console.success(getTranslation("screens.saved"));
        }
    }
}
