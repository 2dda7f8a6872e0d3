package org.servicehall.queue.internal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.dom.Element;

/**
 * The style sheets of the public screens (kiosk, board), kept beside their views in this bundle
 * and put into the page as a {@code <style>} element: the console's prebuilt frontend cannot take a
 * plugin's {@code @CssImport} without a Node build (RECIPES R1), and a style element also carries
 * the print rules of the ticket slip.
 */
final class ScreenStyles {
    private ScreenStyles() {
    }

    /** A {@code <style>} element with the named style sheet of this package (e.g. {@code kiosk.css}). */
    static Element of(String name) {
        Element style = new Element("style");
        style.setText(text(name));
        return style;
    }

    /** A text resource of this package (a style sheet, a screen's script). */
    static String text(String name) {
        try (InputStream in = ScreenStyles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the queue bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
