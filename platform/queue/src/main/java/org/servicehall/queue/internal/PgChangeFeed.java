package org.servicehall.queue.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.servicehall.queue.QueueEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ChangeFeed} over PostgreSQL {@code LISTEN/NOTIFY} on the channel {@value #CHANNEL}: one
 * listening connection per node; a lost connection is re-established. Outgoing notifications are
 * sent by one sender thread in batches, one transaction per batch: a NOTIFY costs a commit (a WAL
 * flush), so a busy node sends one commit for the changes of a few milliseconds instead of one per
 * change; in order, and at most a few milliseconds later.
 */
final class PgChangeFeed implements ChangeFeed {
    static final String CHANNEL = "servicehall_queue";
    private static final Logger LOG = LoggerFactory.getLogger(PgChangeFeed.class);

    private final DataSource dataSource;
    private final String node;
    private final Delivery delivery;
    private static final int BATCH = 500;

    private final Thread listener;
    private final Thread sender;
    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>();
    private volatile boolean running = true;

    PgChangeFeed(DataSource dataSource, String node, Delivery delivery) {
        this.dataSource = dataSource;
        this.node = node;
        this.delivery = delivery;
        this.listener = new Thread(this::listen, "servicehall-queue-feed");
        listener.setDaemon(true);
        listener.start();
        this.sender = new Thread(this::send, "servicehall-queue-feed-sender");
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public void published(QueueChange change) {
        if (QueueEvents.QUEUE_ALERT.equals(change.topic()) || QueueEvents.QUEUE_ALERT_CLEARED.equals(change.topic())) {
            return; // published once, by the node that raised or cleared it; other nodes' screens read the alerts from the database
        }
        outgoing.add(ChangeFeed.encode(node, change));
    }

    /** Sends what has queued up, one transaction per batch, until closed (then what is left). */
    private void send() {
        List<String> batch = new ArrayList<>();
        while (running || !outgoing.isEmpty()) {
            try {
                String first = outgoing.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                outgoing.drainTo(batch, BATCH - 1);
                sendBatch(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    outgoing.drainTo(batch);
                    sendBatch(batch);
                    return;
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void sendBatch(List<String> payloads) {
        if (payloads.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                for (String p : payloads) {
                    ps.setString(1, CHANNEL);
                    ps.setString(2, p);
                    ps.execute();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            LOG.warn("Other nodes could not be told of {} change(s): {}", payloads.size(), e.getMessage());
        }
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(500);
                    if (notes == null) {
                        continue;
                    }
                    for (PGNotification n : notes) {
                        QueueChange change = ChangeFeed.decode(node, n.getParameter());
                        if (change != null) {
                            try {
                                delivery.accept(change);
                            } catch (RuntimeException e) {
                                LOG.warn("A remote queue change could not be delivered", e);
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warn("Queue change feed lost its connection ({}); reconnecting", e.getMessage());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
        sender.interrupt();
        try {
            sender.join(2000);
            listener.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
