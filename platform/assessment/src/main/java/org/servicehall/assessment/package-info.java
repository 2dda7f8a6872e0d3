/**
 * Assessment (REQUIREMENTS M1-M3): periodic scores per staff member from service attitude,
 * efficiency, discipline and ability with weights per site, training records, reports and window
 * rankings. Events on EventAdmin under {@code org/servicehall/assessment/}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.servicehall.assessment;
