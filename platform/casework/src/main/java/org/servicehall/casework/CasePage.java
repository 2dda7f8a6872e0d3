package org.servicehall.casework;

import java.util.List;

/**
 * One page of a case list, most urgent first (earliest deadline), with the number of cases that match.
 *
 * @param page from 0
 */
public record CasePage(List<Case> cases, long total, int page, int size) {
    public CasePage {
        cases = List.copyOf(cases);
    }
}
