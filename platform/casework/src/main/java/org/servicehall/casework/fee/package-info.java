/**
 * Fees (收费, REQUIREMENTS T5): the platform records a fee only where the sector allows it. Sector
 * plugins say what they allow by registering a {@link org.servicehall.casework.fee.FeePolicy}
 * service; with none for a service item's sector no fee is allowed (the default). A fee recorded
 * gets the site's next receipt number (gap-free, also across nodes); {@link org.servicehall.casework.fee.Fees}
 * answers the totals per day and service item.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.servicehall.casework.fee;
