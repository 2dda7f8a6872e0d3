package org.servicehall.web.internal;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A real Jetty on a free port of 127.0.0.1 with one servlet context at {@code /}, for the web
 * module's tests of what stands in front of the servlets (filters, error handlers, connectors).
 * The test prepares the context (its filters, error handlers; {@code context.getServer()} is the
 * server) and closes the Jetty when it is done.
 */
final class TestJetty implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    private TestJetty(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** A plain HTTP Jetty whose servlet answers every request with {@code served <path>}. */
    static TestJetty start(Consumer<ServletContextHandler> setup) throws Exception {
        return start(ServerConnector::new, new ServletContextHandler(), setup, new Served());
    }

    /** A Jetty with the connector {@code connectorOf} makes, {@code context} prepared by {@code setup}, and {@code servlet} at {@code /*}. */
    static TestJetty start(Function<Server, ServerConnector> connectorOf, ServletContextHandler context,
            Consumer<ServletContextHandler> setup, HttpServlet servlet) throws Exception {
        Server server = new Server();
        ServerConnector connector = connectorOf.apply(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        context.setContextPath("/");
        server.setHandler(context);
        setup.accept(context);
        context.addServlet(new ServletHolder(servlet), "/*");
        server.start();
        return new TestJetty(server, connector);
    }

    int port() {
        return connector.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port>}. */
    String base() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Answers every request with {@code served <path>}. */
    private static final class Served extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.getWriter().write("served " + req.getRequestURI());
        }
    }
}
