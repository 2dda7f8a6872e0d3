package org.servicehall.queue.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.servicehall.queue.QueueEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ChangeFeed} over PostgreSQL {@code LISTEN/NOTIFY} on the channel {@value #CHANNEL}: one
 * listening connection per node; a lost connection is re-established.
 */
final class PgChangeFeed implements ChangeFeed {
    static final String CHANNEL = "servicehall_queue";
    private static final Logger LOG = LoggerFactory.getLogger(PgChangeFeed.class);

    private final DataSource dataSource;
    private final String node;
    private final Delivery delivery;
    private final Thread listener;
    private volatile boolean running = true;

    PgChangeFeed(DataSource dataSource, String node, Delivery delivery) {
        this.dataSource = dataSource;
        this.node = node;
        this.delivery = delivery;
        this.listener = new Thread(this::listen, "servicehall-queue-feed");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void published(Queue.Change change) {
        if (QueueEvents.QUEUE_ALERT.equals(change.topic())) {
            return; // every node evaluates alerts itself
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, CHANNEL);
            ps.setString(2, ChangeFeed.encode(node, change));
            ps.execute();
        } catch (SQLException e) {
            LOG.warn("Other nodes could not be told of {}: {}", change.topic(), e.getMessage());
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
                        Queue.Change change = ChangeFeed.decode(node, n.getParameter());
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
        try {
            listener.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
