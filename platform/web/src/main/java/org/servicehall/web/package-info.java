/**
 * What a sector plugin codes against to add screens and REST resources to the console:
 * {@link org.servicehall.web.ViewContribution} (a Vaadin view with its menu entry and required
 * role), {@link org.servicehall.web.ApiResource} (a JAX-RS resource under {@code /api}),
 * {@link org.servicehall.web.RequiresRole}, {@link org.servicehall.web.OptionalBody} and the
 * {@link org.servicehall.web.Console} helpers. Every JSON body is checked before a resource method
 * runs: present (unless {@code OptionalBody}); fields marked {@code @Schema(requiredMode = REQUIRED)}
 * or {@code @JsonProperty(required = true)} present and not null; no null for a primitive; texts at
 * most their {@code @Schema(maxLength)} (4000 if none) and free of control and direction characters;
 * values of the declared JSON type; at least {@code @Schema(minProperties)} fields of a record given.
 * Since 1.4, {@link org.servicehall.web.RequestValues}: a required body, days, months, instants and
 * enum values read from request text with the field named in the error, and CSV downloads.
 * Since 1.5, {@link org.servicehall.web.ViewInfo#group()} (the menu group by area),
 * {@link org.servicehall.web.HomeFigures} (live figures on the home page),
 * {@link org.servicehall.web.PluginImpact} (what uninstalling a sector does),
 * {@link org.servicehall.web.Pickers} (date and time pickers in the reader's language),
 * {@link org.servicehall.web.LightPage} (a light public page for phones and the hall's TVs: a
 * template filled in the reader's language, escaped, with the phone pages' common look) and
 * {@link org.servicehall.web.QrCodes} (the QR codes of tickets and notices as modules, SVG or a
 * data URL); {@link org.servicehall.web.RequestValues#created} (a 201 answer) and
 * {@link org.servicehall.web.RequestValues#attachment} (a download of any type).
 * Register them as OSGi services; they appear while the plugin runs and disappear with it.
 * Translations for menu titles and labels come from {@code HALL-INF/i18n/*.properties}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.5.0")
package org.servicehall.web;
