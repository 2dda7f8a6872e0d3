package org.servicehall.hospital.internal.pharmacy;

/**
 * A drug of the pharmacy's formulary (H3).
 *
 * @param code the hospital's drug code, as the information system sends it
 * @param form the dosage form (剂型), e.g. 片剂, 注射剂
 * @param strength the strength (规格), e.g. 0.25g
 * @param unit the dispensing unit, e.g. 盒, 支
 * @param skinTest whether a negative skin test must be recorded before it is dispensed (皮试药物)
 */
public record Drug(String code, String name, String form, String strength, String unit, boolean skinTest) {
}
