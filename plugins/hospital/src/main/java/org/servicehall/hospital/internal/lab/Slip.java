package org.servicehall.hospital.internal.lab;

import java.time.Instant;

/**
 * What the patient is told at sampling (及时告诉患者取报告的时间、地点): on the printed slip and
 * the phone page, which shows {@code ready} once the report is out.
 *
 * @param collectFrom when the report can be collected (the turnaround limit or the agreed time)
 * @param place where (the lab's report window or printer)
 * @param ticketPage the phone status page of the patient's queue ticket, when the specimen was ordered with one
 */
public record Slip(String specimenNumber, String testName, Instant sampledAt, Instant collectFrom, String place, boolean ready,
        String ticketPage) {
}
