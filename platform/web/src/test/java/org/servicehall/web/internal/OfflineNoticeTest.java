package org.servicehall.web.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.servicehall.web.internal.ReadinessRules.DatabaseState;

/** Issue 17: the screens' offline notice follows the database's state, both ways, without a restart. */
class OfflineNoticeTest {

    @Test
    void theHallIsOfflineWhileItsDatabaseIsDownAndOnlyThen() {
        AtomicReference<DatabaseState> db = new AtomicReference<>(new DatabaseState(DatabaseState.UP, "POSTGRESQL"));
        try (OfflineNotice notice = new OfflineNotice(db::get)) {
            notice.check();
            assertFalse(notice.offline());
            db.set(new DatabaseState(DatabaseState.DOWN, "no connection within 2000 ms"));
            notice.check();
            assertTrue(notice.offline());
            db.set(new DatabaseState(DatabaseState.ABSENT, "no data source yet"));
            notice.check();
            assertFalse(notice.offline(), "a node without a data source (being replaced) is not said to be offline");
            db.set(new DatabaseState(DatabaseState.UP, "POSTGRESQL"));
            notice.check();
            assertFalse(notice.offline());
        }
    }

    @Test
    void theDisplayBoardReadFromAcrossTheHallHasItsNoticeInLargeTypeAndNoOtherScreen() {
        assertTrue(OfflineNotice.largeType("board"));
        for (String path : new String[] { "kiosk", "desk", "board/settings", "rating", "" }) {
            assertFalse(OfflineNotice.largeType(path), path);
        }
    }
}
