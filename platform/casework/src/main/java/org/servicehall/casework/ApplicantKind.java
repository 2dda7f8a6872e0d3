package org.servicehall.casework;

/** Who applies: a person (ID number) or an organisation (unified social credit code, 统一社会信用代码). */
public enum ApplicantKind {
    PERSON, ORGANISATION
}
