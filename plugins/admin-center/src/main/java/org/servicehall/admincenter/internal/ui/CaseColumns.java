package org.servicehall.admincenter.internal.ui;

import java.util.Locale;

import org.servicehall.admincenter.internal.CentreDirectory;
import org.servicehall.casework.Case;

import com.vaadin.flow.component.grid.Grid;

/** The columns every case grid of the centre shows (AC1, AC2): number, item, stage, light, due, unit. */
final class CaseColumns {
    private CaseColumns() {
    }

    static Grid<Case> grid(String id, CentreDirectory centre, Locale locale) {
        Grid<Case> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(Case::number).setHeader(grid.getTranslation("admincenter.field.caseNumber")).setAutoWidth(true);
        grid.addColumn(Case::serviceName).setHeader(grid.getTranslation("admincenter.field.serviceCode")).setAutoWidth(true);
        grid.addColumn(c -> grid.getTranslation("admincenter.stage." + c.stage().name())).setHeader(grid.getTranslation("admincenter.ui.col.stage")).setAutoWidth(true);
        grid.addColumn(c -> grid.getTranslation("admincenter.ui.light." + c.light().name())).setHeader(grid.getTranslation("admincenter.ui.col.light")).setAutoWidth(true);
        grid.addColumn(c -> c.due() == null ? "–" : c.due().toString()).setHeader(grid.getTranslation("admincenter.progress.due")).setAutoWidth(true);
        grid.addColumn(c -> centre.unitName(c.unit(), locale)).setHeader(grid.getTranslation("admincenter.field.unit")).setAutoWidth(true);
        grid.addColumn(c -> c.applicant().name()).setHeader(grid.getTranslation("admincenter.field.applicantName")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
