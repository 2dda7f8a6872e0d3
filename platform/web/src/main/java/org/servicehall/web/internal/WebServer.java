package org.servicehall.web.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContainerInitializerHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.common.PluginDiagnostics;
import org.servicehall.persistence.Database;
import org.servicehall.security.AccountService;
import org.servicehall.security.AuditLog;
import org.servicehall.security.PersonalDataService;
import org.servicehall.security.ApiTokenService;
import org.servicehall.security.SignInService;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;
import org.servicehall.web.internal.rest.ApiApplication;
import org.servicehall.web.internal.rest.ApiRegistry;
import org.servicehall.web.internal.rest.ApiServlet;
import org.servicehall.web.internal.ReadinessRules.DatabaseState;
import org.servicehall.web.internal.rest.HealthResource;
import org.servicehall.web.internal.rest.HealthResource.ComponentProblem;
import org.servicehall.web.internal.rest.HealthResource.Health;
import org.servicehall.web.internal.rest.HealthResource.PluginTrouble;
import org.servicehall.web.internal.ui.AppShell;
import org.servicehall.web.internal.ui.InternalErrorView;
import org.servicehall.web.internal.ui.LoginView;
import org.servicehall.web.internal.ui.MainLayout;
import org.servicehall.web.internal.ui.NotFoundView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;

import jakarta.servlet.DispatcherType;

/**
 * The one HTTP port of a node (RECIPES R1, R7): embedded Jetty 12 serving the Vaadin console at
 * {@code /} and the REST API at {@code /api}. Routes follow the view whiteboard live. Until the node
 * is ready ({@link Readiness}, issue 17) every request but the health checks gets a fast 503.
 */
@Component(service = WebServer.class, immediate = true, configurationPid = "org.servicehall.web")
@Designate(ocd = WebServer.Config.class)
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    @ObjectClassDefinition(name = "ServiceHall web server")
    public @interface Config {
        @AttributeDefinition(description = "HTTP port of the console and REST API")
        int port() default 8080;

        @AttributeDefinition(description = "Address to listen on; 0.0.0.0 for all")
        String host() default "0.0.0.0";

        @AttributeDefinition(description = "Minutes of inactivity after which a console session ends; a signed-in staff screen "
                + "signs out after them although its page keeps the session alive")
        int sessionTimeoutMinutes() default 30;

        @AttributeDefinition(description = "Key store (PKCS12 or JKS file) of the console's TLS certificate; when set the port "
                + "speaks HTTPS only (issue 16, see README)")
        String tlsKeyStore() default "";

        @AttributeDefinition(description = "Password of the TLS key store", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String tlsKeyStorePassword() default "";

        @AttributeDefinition(description = "Type of the TLS key store: PKCS12 or JKS")
        String tlsKeyStoreType() default "PKCS12";

        @AttributeDefinition(description = "Seconds after the process started at which a node whose platform is up opens although "
                + "a sector plugin's parts never came (they are reported); the platform's own parts are always waited for")
        int readyTimeoutSeconds() default 180;
    }

    private final ViewRegistry views;
    private final ApiRegistry apis;
    private final Server server;
    private final ApiServlet api;
    private final ViewRegistry.Listener routeUpdater;
    private final Runnable apiUpdater;
    private final int port;
    private final NodeObserver observer;
    private final OfflineNotice offline;
    private final Readiness readiness;
    private RouteConfiguration routes;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FeaturesService features;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Database database;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PluginDiagnostics diagnostics;
    /**
     * Karaf's sign that the boot features are installed (bound right after construction when it is already
     * there); until then the REST API is rebuilt less often, and binding it builds what waits at once.
     */
    private volatile boolean booted;

    @Activate
    public WebServer(Config config, BundleContext bundleContext, @Reference ViewRegistry views, @Reference ApiRegistry apis,
            @Reference HallI18n i18n, @Reference AccountService accounts, @Reference ServiceComponentRuntime runtime,
            @Reference SignInService signIn, @Reference ApiTokenService tokens, @Reference AuditLog audit,
            @Reference PersonalDataService personalData) throws Exception {
        this.views = views;
        this.apis = apis;
        long start = System.nanoTime();
        ApiServlet[] served = new ApiServlet[1];
        observer = new NodeObserver(bundleContext, () -> runtime, () -> features, () -> database,
                () -> served[0] == null ? Set.of() : served[0].served(), views::handled);
        offline = new OfflineNotice(observer::database);
        readiness = new Readiness(observer::observe, Clock.systemUTC(),
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()), Duration.ofSeconds(config.readyTimeoutSeconds()));
        ClassLoader loader = WebServer.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            QueuedThreadPool pool = new QueuedThreadPool(200, 8);
            pool.setName("servicehall-http");
            server = new Server(pool);
            ServerConnector connector = TlsConnector.create(server, config.tlsKeyStore(), config.tlsKeyStorePassword(),
                    config.tlsKeyStoreType());
            connector.setHost(config.host());
            connector.setPort(config.port());
            // a burst of phones opening their ticket pages must queue, not be refused
            connector.setAcceptQueueSize(1024);
            server.addConnector(connector);

            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
            context.setContextPath("/");
            context.setClassLoader(loader);
            context.getSessionHandler().setMaxInactiveInterval(config.sessionTimeoutMinutes() * 60);
            TlsConnector.hardenSessionCookie(context.getSessionHandler());
            context.setInitParameter("productionMode", "true");
            // No classpath scanning in OSGi: Vaadin's initializers get their classes here.
            context.addServletContainerInitializer(
                    new ServletContainerInitializerHolder(LookupServletContainerInitializer.class, LookupInitializer.class));
            context.addServletContainerInitializer(new ServletContainerInitializerHolder(VaadinAppShellInitializer.class, AppShell.class));
            context.addServletContainerInitializer(new ServletContainerInitializerHolder(ErrorNavigationTargetInitializer.class,
                    NotFoundView.class, InternalErrorView.class));
            JakartaWebSocketServletContainerInitializer.configure(context, null);
            // security headers on every answer, the readiness gate's 503 too, and staff sessions ending when unused (issue 16)
            context.addFilter(new FilterHolder(new SecurityHeaders()), "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addFilter(new FilterHolder(new StaffSessions(Duration.ofMinutes(config.sessionTimeoutMinutes()))), "/*",
                    EnumSet.of(DispatcherType.REQUEST));
            context.addFilter(new FilterHolder(new ReadinessGate(readiness::ready)), "/*", EnumSet.of(DispatcherType.REQUEST));

            Map<Class<?>, Supplier<? extends HasElement>> internal = Map.of(
                    MainLayout.class, () -> new MainLayout(views, accounts),
                    LoginView.class, () -> new LoginView(accounts, signIn),
                    NotFoundView.class, NotFoundView::new,
                    InternalErrorView.class, InternalErrorView::new);
            ServletHolder vaadin = new ServletHolder("console", new HallVaadinServlet(views, i18n, internal, offline));
            vaadin.setAsyncSupported(true);
            vaadin.setInitOrder(1);
            context.addServlet(vaadin, "/*");

            HealthResource health = new HealthResource(this::health);
            api = new ApiServlet(() -> {
                ApiRegistry.Contents contents = apis.contents();
                return new ApiServlet.Application(ApiApplication.build(contents.resources(), accounts, signIn, tokens, audit, personalData, health), contents.handled());
            }, loader, () -> !booted);
            served[0] = api;
            ServletHolder apiHolder = new ServletHolder("api", api);
            apiHolder.setAsyncSupported(true);
            apiHolder.setInitOrder(2);
            context.addServlet(apiHolder, "/api/*");

            // what Jetty refuses itself (an encoded separator or control character in the path, an unreadable request)
            // is answered like the REST API's other errors for /api/ (issue 16)
            server.setErrorHandler(new ApiErrors.ServerErrors());
            context.setErrorHandler(new ApiErrors.ContextErrors());
            server.setHandler(context);
            server.start();
            port = connector.getLocalPort();

            routes = RouteConfiguration.forRegistry(
                    ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext())));
            routes.setRoute("login", LoginView.class);
        } finally {
            thread.setContextClassLoader(previous);
        }
        routeUpdater = new ViewRegistry.Listener() {
            @Override
            public void added(ViewContribution view) {
                addRoute(view);
            }

            @Override
            public void removed(ViewContribution view) {
                routes.getHandledRegistry().update(() -> routes.removeRoute(view.info().path()));
            }
        };
        views.addListener(routeUpdater);
        views.views().forEach(this::addRoute);
        apiUpdater = api::scheduleRebuild;
        apis.onChange(apiUpdater);
        LOG.info("ServiceHall console listening on {}://{}:{}/ (REST at /api) – started in {} ms",
                config.tlsKeyStore().isBlank() ? "http" : "https", config.host(), port,
                (System.nanoTime() - start) / 1_000_000);
    }

    private void addRoute(ViewContribution view) {
        ViewInfo info = view.info();
        try {
            routes.getHandledRegistry().update(() -> {
                if (info.isPublic()) {
                    routes.setRoute(info.path(), view.viewType());
                } else {
                    routes.setRoute(info.path(), view.viewType(), MainLayout.class);
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Route /{} for {} could not be added", info.path(), view.viewType().getName(), e);
        }
    }

    /** What {@code /api/health} reports now (issue 17: readiness, database, plugins; issue 10: components). */
    private Health health() {
        Readiness.State state = readiness.state();
        List<ComponentProblem> components = observer.componentProblems();
        DatabaseState db = observer.database();
        PluginDiagnostics d = diagnostics;
        List<PluginTrouble> plugins = d == null ? List.of()
                : d.problems().stream().map(p -> new PluginTrouble(p.source().symbolicName(), p.folder(), p.message())).toList();
        boolean whole = state.waitingFor().isEmpty() && components != null && components.isEmpty() && DatabaseState.UP.equals(db.status());
        String status = !state.ready() ? HealthResource.STARTING : whole ? HealthResource.UP : HealthResource.DEGRADED;
        return new Health(status, ApiApplication.API_VERSION, views.views().size(), apis.resources().size(), components, state.ready(),
                state.waitingFor(), db, plugins);
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() {
        return port;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unbindBootFinished")
    void bindBootFinished(BootFinished finished) {
        booted = true;
        ApiServlet a = api;
        if (a != null) {
            a.bootFinished();
        }
    }

    void unbindBootFinished(BootFinished finished) {
        // stays booted: Karaf withdraws the sign only when it stops
    }

    @Deactivate
    void deactivate() throws Exception {
        views.removeListener(routeUpdater);
        apis.removeOnChange(apiUpdater);
        server.stop();
        observer.close();
        offline.close();
        LOG.info("ServiceHall console stopped");
    }
}
