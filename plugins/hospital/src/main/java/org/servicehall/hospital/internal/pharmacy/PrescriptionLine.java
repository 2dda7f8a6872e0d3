package org.servicehall.hospital.internal.pharmacy;

/**
 * One drug of a prescription (a FHIR MedicationRequest's medication, dispenseRequest.quantity and
 * dosageInstruction.text).
 *
 * @param drug the formulary's drug (name, form, strength, skin test) as it was when read
 * @param quantity how many units to dispense, at least 1
 * @param dosage usage and dose (用法用量), e.g. 每日3次，每次1片，口服
 */
public record PrescriptionLine(int lineNo, Drug drug, int quantity, String dosage) {
}
