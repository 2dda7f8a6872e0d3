/**
 * Console building blocks for sector plugins' screens: the {@link org.servicehall.site.ui.SitePicker}
 * and the {@link org.servicehall.site.ui.CatalogueScreen} that shows a sector's service items with
 * their time limits and lets an admin add them to a site.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.servicehall.site.ui;
