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
        grid.addColumn(Case::number).setHeader(grid.getTranslation("field.caseNumber")).setAutoWidth(true);
        grid.addColumn(Case::serviceName).setHeader(grid.getTranslation("field.serviceCode")).setAutoWidth(true);
        grid.addColumn(c -> grid.getTranslation("stage." + c.stage().name())).setHeader(grid.getTranslation("ui.col.stage")).setAutoWidth(true);
        grid.addColumn(c -> grid.getTranslation("ui.light." + c.light().name())).setHeader(grid.getTranslation("ui.col.light")).setAutoWidth(true);
        grid.addColumn(c -> c.due() == null ? "–" : c.due().toString()).setHeader(grid.getTranslation("progress.due")).setAutoWidth(true);
        grid.addColumn(c -> centre.unitName(c.unit(), locale)).setHeader(grid.getTranslation("field.unit")).setAutoWidth(true);
        grid.addColumn(c -> c.applicant().name()).setHeader(grid.getTranslation("field.applicantName")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
