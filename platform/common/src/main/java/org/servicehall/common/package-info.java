/**
 * Shared pieces every ServiceHall bundle and sector plugin may use: the typed errors a user can
 * cause ({@link org.servicehall.common.HallException} and its kinds) and the {@code HALL-INF/}
 * extension point through which plugins ship declarative files (service-item catalogues,
 * translations, later rules and checklists), and {@link org.servicehall.common.CitizenText}: the
 * characters a text for citizens may not hold (since 1.1).
 *
 * <p>Since 1.2, the building blocks every area uses instead of its own copy (DESIGN §3):
 * <ul>
 * <li>domain events: {@link org.servicehall.common.DomainEvent} (topic {@code org/servicehall/<area>/<Event>}
 * and properties) published after commit through the one {@link org.servicehall.common.DomainEvents}
 * service (EventAdmin and in-node listeners, one ordered dispatcher thread per node; {@link
 * org.servicehall.common.EventDispatcher} in plain-Java tests);</li>
 * <li>plugin contributions: {@link org.servicehall.common.ContributionRegistry} (items keyed by
 * contributing bundle, merged, clashes refused with {@link org.servicehall.common.ContributionClash})
 * and {@link org.servicehall.common.HallProperties} (the {@code HALL-INF} properties reader with
 * its problems by file, line and key); {@link org.servicehall.common.HallResourceHandler#problems}
 * reports entries a handler skipped.</li>
 * </ul>
 *
 * <p>Since 1.3, texts people read come from the bundles' resource files, in zh_CN and English:
 * {@link org.servicehall.common.Texts} (a bundle's {@code HALL-INF/i18n} files) makes a {@link
 * org.servicehall.common.Message} (key and arguments), which every {@link
 * org.servicehall.common.HallException} can carry and {@link
 * org.servicehall.common.HallException#message(java.util.Locale)} puts into the reader's language.
 *
 * <p>Also since 1.3, {@link org.servicehall.common.Aggregate}: one interface made of the services that
 * implement its parts (the deprecated 1.x area aggregates), instead of a class forwarding each call.
 *
 * <p>Also since 1.3, {@link org.servicehall.common.CitizenText#problemMessage}: what is wrong with a text in the
 * reader's language, so a form shows it beside the field in Chinese or English.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.servicehall.common;
