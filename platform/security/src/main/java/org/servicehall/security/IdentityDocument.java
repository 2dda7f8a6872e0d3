package org.servicehall.security;

/**
 * S4 (核实客户的身份, issue 16): the documents a desk checks a citizen's identity on. Each has the
 * number's form the check validates before anything is recorded.
 *
 * @since 1.3
 */
public enum IdentityDocument {
    /** 居民身份证: 18 characters, the last a check character (GB 11643-1999, may be X). */
    RESIDENT_ID_CARD,
    /** 护照: a letter or two and 7–8 digits (E12345678). */
    PASSPORT,
    /** 港澳居民来往内地通行证: H or M and 8 (or 10) digits. */
    HK_MACAO_PERMIT,
    /** 台湾居民来往大陆通行证: 8 digits. */
    TAIWAN_PERMIT,
    /** 外国人永久居留身份证: 15 characters (old) or 18 characters starting with 9 (2023 form). */
    FOREIGN_PERMANENT_RESIDENCE,
    /** 营业执照 / 统一社会信用代码 of an organisation: 18 characters with a check character (GB 32100-2015). */
    BUSINESS_LICENCE
}
