/**
 * What a sector plugin codes against to add screens and REST resources to the console:
 * {@link org.servicehall.web.ViewContribution} (a Vaadin view with its menu entry and required
 * role), {@link org.servicehall.web.ApiResource} (a JAX-RS resource under {@code /api}),
 * {@link org.servicehall.web.RequiresRole} and the {@link org.servicehall.web.Console} helpers.
 * Register them as OSGi services; they appear while the plugin runs and disappear with it.
 * Translations for menu titles and labels come from {@code HALL-INF/i18n/*.properties}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.servicehall.web;
