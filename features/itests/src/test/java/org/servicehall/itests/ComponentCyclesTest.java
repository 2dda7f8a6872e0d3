package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Issue 10 #6 as a rule over the generated component descriptions (OSGI-INF/*.xml) of every
 * ServiceHall bundle: no cycle of components in which each one gets the next one's service while it
 * is being bound or activated. Such a cycle closes or not depending on the order in which the
 * framework tells components about new services (it varies from start to start): when it closes, a
 * component is asked for while it is itself being created, the framework refuses ("resulted in a
 * cycle") and a reference stays unbound — the queue lost its rating follow-up that way and finished
 * visits had no rating link (P1). A reference that is handed {@code ComponentServiceObjects} or a
 * {@code ServiceReference} gets the service only when it is used, so it cannot close a cycle.
 */
class ComponentCyclesTest {
    private static final Set<String> LAZY_TYPES = Set.of("org.osgi.service.component.ComponentServiceObjects",
            "org.osgi.framework.ServiceReference", "java.util.Map");

    /** A component and the services it provides. */
    private record ComponentInfo(String name, String bundle, Set<String> provides, List<Ref> references) {
    }

    /** One reference; {@code getsService} when binding it gets (and so activates) the provider's service object. */
    private record Ref(String name, String iface, String policy, boolean getsService) {
    }

    /**
     * Cycles found and handed on, not yet removed: the console's view registry gets each screen's
     * service when it is registered, and the home screen needs the registry. It has not closed so
     * far only because the registry is enabled (and activated) before the home screen in the web
     * bundle; the web module's owner removes it the same way (the registry taking
     * ComponentServiceObjects, or the home screen looking the registry up when it opens).
     */
    private static final Set<String> REPORTED = Set.of();

    private static final Map<String, ComponentInfo> COMPONENTS = new TreeMap<>();
    /** Component name → its implementation class and the number of constructor parameters SCR calls it with ({@code init}). */
    private static final Map<String, Map.Entry<String, Integer>> CONSTRUCTED = new TreeMap<>();
    private static JavaClasses classes;

    @BeforeAll
    static void readDescriptions() throws Exception {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.servicehall");
        Enumeration<URL> manifests = ComponentCyclesTest.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
        for (URL url : Collections.list(manifests)) {
            Manifest manifest;
            try (InputStream in = url.openStream()) {
                manifest = new Manifest(in);
            }
            String bundle = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            String descriptions = manifest.getMainAttributes().getValue("Service-Component");
            if (bundle == null || !bundle.startsWith("servicehall-") || descriptions == null) {
                continue;
            }
            String base = url.toString().substring(0, url.toString().length() - "META-INF/MANIFEST.MF".length());
            for (String path : descriptions.split(",")) {
                read(bundle, new URL(base + path.trim()));
            }
        }
    }

    @Test
    void theDescriptionsOfEveryBundleAreRead() {
        Set<String> bundles = new LinkedHashSet<>();
        COMPONENTS.values().forEach(c -> bundles.add(c.bundle()));
        for (String b : List.of("servicehall-web", "servicehall-queue", "servicehall-attendance", "servicehall-conduct",
                "servicehall-complaint", "servicehall-casework", "servicehall-assessment", "servicehall-hospital")) {
            assertTrue(bundles.contains(b), "component descriptions of " + b + " are on the test class path: " + bundles);
        }
        assertTrue(COMPONENTS.containsKey("org.servicehall.queue.internal.QueueComponent"), COMPONENTS.keySet().toString());
        // the rule below sees through the kinds of reference it must tell apart
        assertTrue(ref("org.servicehall.complaint.internal.RatingFollowUp", "complaints").getsService(), "a constructor's service");
        assertTrue(ref("org.servicehall.web.internal.rest.ApiRegistry", "Resource").getsService(), "a bind method's service");
    }

    @Test
    void noCycleOfComponentsGetsEachOthersServicesWhileActivating_P1() {
        Map<String, List<String>> providers = new TreeMap<>();
        COMPONENTS.values().forEach(c -> c.provides().forEach(i -> providers.computeIfAbsent(i, k -> new ArrayList<>()).add(c.name())));
        Set<String> cycles = new LinkedHashSet<>();
        for (String start : COMPONENTS.keySet()) {
            walk(start, start, new ArrayList<>(), providers, cycles);
        }
        Set<String> unexpected = new LinkedHashSet<>(cycles);
        unexpected.removeAll(REPORTED);
        assertEquals(List.of(), List.copyOf(unexpected), "cycles of components that get each other's services when bound or activated "
                + "(a reference handed ComponentServiceObjects gets the service when used, and cannot close one)");
        Set<String> gone = new LinkedHashSet<>(REPORTED);
        gone.removeAll(cycles);
        assertEquals(List.of(), List.copyOf(gone), "a reported cycle is gone: take it off REPORTED");
    }

    /**
     * SCR builds a component with constructor injection through the one public constructor with
     * {@code init} parameters; a second public constructor of that length (e.g. one for tests taking
     * a DataSource beside the activation one taking the Database) makes Felix pick the wrong one and
     * the component never starts in the container, while every unit test passes.
     */
    @Test
    void everyConstructedComponentHasOnePublicConstructorOfItsLength() {
        List<String> ambiguous = new ArrayList<>();
        CONSTRUCTED.forEach((name, c) -> {
            JavaClass type = classes.get(c.getKey());
            long candidates = type.getConstructors().stream()
                    .filter(k -> k.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                    .filter(k -> k.getRawParameterTypes().size() == c.getValue()).count();
            if (candidates != 1) {
                ambiguous.add(name + ": " + candidates + " public constructors with " + c.getValue() + " parameters");
            }
        });
        assertTrue(CONSTRUCTED.size() > 20, "constructor-injected components were read: " + CONSTRUCTED.keySet());
        assertEquals(List.of(), ambiguous, "components SCR cannot construct unambiguously");
    }

    /** Depth-first from {@code start}, visiting only components ordered after it, so each cycle is found once. */
    private static void walk(String start, String at, List<String> path, Map<String, List<String>> providers, Set<String> cycles) {
        if (path.size() > 8) {
            return;
        }
        for (Ref r : COMPONENTS.get(at).references()) {
            if (!r.getsService()) {
                continue;
            }
            for (String next : providers.getOrDefault(r.iface(), List.of())) {
                String step = shortName(at) + " -[" + r.name() + ": " + shortName(r.iface()) + ", " + r.policy() + "]-> ";
                if (next.equals(start)) {
                    cycles.add(String.join("", path) + step + shortName(start));
                } else if (next.compareTo(start) > 0 && path.stream().noneMatch(p -> p.startsWith(shortName(next) + " -["))) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(step);
                    walk(start, next, longer, providers, cycles);
                }
            }
        }
    }

    private static Ref ref(String component, String name) {
        return COMPONENTS.get(component).references().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static String shortName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static void read(String bundle, URL description) throws Exception {
        Element root;
        try (InputStream in = description.openStream()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            root = f.newDocumentBuilder().parse(in).getDocumentElement();
        }
        String name = root.getAttribute("name");
        String implementation = children(root, "implementation").get(0).getAttribute("class");
        if (!root.getAttribute("init").isEmpty()) {
            CONSTRUCTED.put(name, Map.entry(implementation, Integer.parseInt(root.getAttribute("init"))));
        }
        Set<String> provides = new LinkedHashSet<>();
        for (Element service : children(root, "service")) {
            children(service, "provide").forEach(p -> provides.add(p.getAttribute("interface")));
        }
        List<Ref> refs = new ArrayList<>();
        for (Element r : children(root, "reference")) {
            String policy = r.getAttribute("policy").isEmpty() ? "static" : r.getAttribute("policy");
            refs.add(new Ref(r.getAttribute("name"), r.getAttribute("interface"), policy, getsService(implementation, r)));
        }
        COMPONENTS.put(name, new ComponentInfo(name, bundle, provides, refs));
    }

    /**
     * Whether binding the reference gets the service object: a field, bind method or constructor
     * parameter of the service's type does; one of type ComponentServiceObjects, ServiceReference
     * or Map (properties) does not, nor a field collection of those.
     */
    private static boolean getsService(String implementation, Element r) throws IOException {
        JavaClass type = classes.get(implementation);
        if (!r.getAttribute("field").isEmpty()) {
            String collection = r.getAttribute("field-collection-type");
            if (!collection.isEmpty()) {
                return collection.equals("service") || collection.equals("tuple");
            }
            JavaClass fieldType = fieldType(type, r.getAttribute("field")).orElseThrow();
            return !LAZY_TYPES.contains(fieldType.getName());
        }
        if (!r.getAttribute("parameter").isEmpty()) {
            int index = Integer.parseInt(r.getAttribute("parameter"));
            JavaCodeUnit constructor = type.getConstructors().stream()
                    .filter(c -> type.getConstructors().size() == 1 || c.isAnnotatedWith("org.osgi.service.component.annotations.Activate"))
                    .findFirst().orElseThrow(() -> new IOException("no activation constructor in " + implementation));
            return !LAZY_TYPES.contains(constructor.getRawParameterTypes().get(index).getName());
        }
        String bind = r.getAttribute("bind");
        for (JavaClass t = type; t != null; t = t.getRawSuperclass().orElse(null)) {
            for (JavaCodeUnit m : t.getMethods()) {
                if (m.getName().equals(bind)) {
                    return m.getRawParameterTypes().stream().anyMatch(p -> !LAZY_TYPES.contains(p.getName()));
                }
            }
        }
        throw new IOException("bind method " + bind + " of " + implementation + " not found");
    }

    private static Optional<JavaClass> fieldType(JavaClass type, String field) {
        for (JavaClass t = type; t != null; t = t.getRawSuperclass().orElse(null)) {
            Optional<JavaClass> found = t.getFields().stream().filter(f -> f.getName().equals(field)).map(f -> f.getRawType()).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && localName.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
