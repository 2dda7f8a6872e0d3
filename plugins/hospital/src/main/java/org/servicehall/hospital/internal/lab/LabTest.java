package org.servicehall.hospital.internal.lab;

/** A test item (检验项目) and its turnaround-time class (H4). */
public record LabTest(String code, String name, String tatClass) {
}
