package org.servicehall.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** DESIGN §3: plugins provide, the core merges; what a site sees does not depend on start order. */
class ContributionRegistryTest {

    record Item(String code, int order, String from) {
    }

    private final ContributionRegistry<String, Item> registry = new ContributionRegistry<>("test items", Item::code,
            Comparator.comparingInt(Item::order).thenComparing(Item::code),
            c -> c.sameBundle() ? c.offered().from() + " offers '" + c.key() + "' twice"
                    : c.offered().from() + " offers '" + c.key() + "', which " + c.taken().from() + " already offers");

    private static List<String> codes(List<Item> items) {
        return items.stream().map(Item::code).toList();
    }

    @Test
    void theItemsOfSeveralBundlesAreMergedInTheRegistrysOrder() {
        registry.replace(41, List.of(new Item("B", 20, "tax"), new Item("A", 10, "tax")));
        registry.replace(42, List.of(new Item("C", 15, "hospital")));
        assertEquals(List.of("A", "C", "B"), codes(registry.items()));
        assertEquals("hospital", registry.item("C").orElseThrow().from());
        assertTrue(registry.item("D").isEmpty());
        assertEquals(Set.of(41L, 42L), registry.bundles());
        assertEquals(List.of("B", "A"), codes(registry.items(41)), "a bundle's own items as given");
        assertEquals(List.of(), registry.items(99));
    }

    @Test
    void withoutAnOrderTheMergedViewKeepsTheOrderOfArrival() {
        ContributionRegistry<String, Item> plain = new ContributionRegistry<>("plain", Item::code, null);
        plain.replace(9, List.of(new Item("Z", 1, "a"), new Item("Y", 2, "a")));
        plain.replace(3, List.of(new Item("X", 0, "b")));
        assertEquals(List.of("Z", "Y", "X"), codes(plain.items()));
    }

    @Test
    void aKeyAnotherBundleOffersRefusesTheWholeContributionNamingBoth() {
        registry.replace(41, List.of(new Item("A", 10, "tax")));
        ContributionClash e = assertThrows(ContributionClash.class,
                () -> registry.replace(43, List.of(new Item("Q", 1, "vendor"), new Item("A", 2, "vendor"))));
        assertEquals("vendor offers 'A', which tax already offers", e.getMessage());
        assertEquals("A", e.clash().key());
        assertEquals(43L, e.clash().bundleId());
        assertEquals(41L, e.clash().takenBy());
        assertFalse(e.clash().sameBundle());
        assertEquals(List.of("A"), codes(registry.items()), "nothing of the refused bundle is taken");
        assertEquals(Set.of(41L), registry.bundles());
    }

    @Test
    void aKeyOfferedTwiceByOneBundleIsRefused() {
        ContributionClash e = assertThrows(ContributionClash.class,
                () -> registry.replace(42, List.of(new Item("A", 1, "hospital"), new Item("A", 2, "hospital"))));
        assertEquals("hospital offers 'A' twice", e.getMessage());
        assertTrue(e.clash().sameBundle());
        assertTrue(registry.items().isEmpty());
    }

    @Test
    void replacingABundlesItemsDropsItsOldOnesAndMayReuseItsOwnKeys() {
        registry.replace(41, List.of(new Item("A", 10, "tax"), new Item("B", 20, "tax")));
        registry.replace(41, List.of(new Item("A", 5, "tax v2")));
        assertEquals(List.of("A"), codes(registry.items()));
        assertEquals("tax v2", registry.item("A").orElseThrow().from());
    }

    @Test
    void addingToABundleKeepsWhatItHadAndRefusesItsOwnKeysAgain() {
        registry.add(41, List.of(new Item("A", 10, "tax")));
        registry.add(41, List.of(new Item("B", 20, "tax")));
        assertEquals(List.of("A", "B"), codes(registry.items(41)));
        ContributionClash e = assertThrows(ContributionClash.class, () -> registry.add(41, List.of(new Item("A", 30, "tax"))));
        assertTrue(e.clash().sameBundle());
        assertEquals(List.of("A", "B"), codes(registry.items()));
    }

    @Test
    void theCoresItemsClashLikeAnyBundlesAndTheDefaultMessageSaysSo() {
        ContributionRegistry<String, Item> plain = new ContributionRegistry<>("complaint categories", Item::code, null);
        plain.replace(ContributionRegistry.CORE, List.of(new Item("OTHER", 999, "core")));
        ContributionClash e = assertThrows(ContributionClash.class, () -> plain.replace(17, List.of(new Item("OTHER", 1, "x"))));
        assertEquals("complaint categories: bundle 17 offers 'OTHER', which the core already offers", e.getMessage());
        e = assertThrows(ContributionClash.class, () -> plain.replace(17, List.of(new Item("X", 1, "x"), new Item("X", 2, "x"))));
        assertEquals("complaint categories: bundle 17 offers 'X' twice", e.getMessage());
    }

    @Test
    void withdrawingABundleFreesItsKeys() {
        registry.replace(41, List.of(new Item("A", 10, "tax")));
        registry.replace(42, List.of(new Item("B", 10, "hospital")));
        assertTrue(registry.withdraw(41));
        assertFalse(registry.withdraw(41), "withdrawing twice changes nothing");
        assertEquals(List.of("B"), codes(registry.items()));
        assertTrue(registry.item("A").isEmpty());
        registry.replace(43, List.of(new Item("A", 1, "vendor")));
        assertEquals("vendor", registry.item("A").orElseThrow().from());
    }

    @Test
    void listenersAreToldOfEveryChangeAndNotOfRefusalsOrEmptyWithdrawals() {
        List<String> told = new ArrayList<>();
        Subscription s = registry.onChange(() -> told.add("changed " + codes(registry.items())));
        registry.onChange(() -> {
            throw new IllegalStateException("a broken listener does not stop the others");
        });
        long v0 = registry.version();
        registry.replace(41, List.of(new Item("A", 10, "tax")));
        assertThrows(ContributionClash.class, () -> registry.replace(42, List.of(new Item("A", 1, "x"))));
        registry.withdraw(42);
        registry.withdraw(41);
        assertEquals(List.of("changed [A]", "changed []"), told);
        assertTrue(registry.version() > v0);
        s.close();
        registry.replace(41, List.of(new Item("A", 10, "tax")));
        assertEquals(2, told.size(), "a closed subscription hears nothing");
    }

    @Test
    void theMergedViewIsASnapshotReadersMayKeep() {
        registry.replace(41, List.of(new Item("A", 10, "tax")));
        List<Item> before = registry.items();
        registry.replace(42, List.of(new Item("B", 10, "hospital")));
        assertEquals(List.of("A"), codes(before));
        assertThrows(UnsupportedOperationException.class, () -> before.add(new Item("C", 1, "x")));
        assertSame(registry.items(), registry.items(), "no copy per read");
    }
}
