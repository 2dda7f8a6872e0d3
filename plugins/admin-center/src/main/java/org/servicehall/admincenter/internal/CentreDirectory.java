package org.servicehall.admincenter.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.servicehall.common.ValidationException;

/**
 * What the centre offers (AC1, AC5): its items and the back-office unit responsible for each, its
 * units (the shipped list, or the site's own from configuration) and its seals; and the checks that
 * name what is not the centre's. Plain Java, immutable.
 */
public final class CentreDirectory {
    private final List<String> items;
    private final Map<String, String> responsible;
    private final Map<String, Map<GuideField, GuideText>> guides;
    private final List<Unit> units;
    private final List<Seal> seals;

    public CentreDirectory(List<String> items, Map<String, String> responsible, Map<String, Map<GuideField, GuideText>> guides,
            List<Unit> units, List<Seal> seals) {
        this.items = List.copyOf(items);
        this.responsible = Map.copyOf(responsible);
        this.guides = Map.copyOf(guides);
        this.units = List.copyOf(units);
        this.seals = List.copyOf(seals);
    }

    /** The directory of the files the plugin ships, with {@code configuredUnits} instead of the shipped units when not empty. */
    public static CentreDirectory shipped(ClassLoader loader, List<Unit> configuredUnits) {
        var guides = CentreFiles.read(loader, CentreFiles.GUIDES);
        return new CentreDirectory(CentreFiles.itemCodes(CentreFiles.read(loader, CentreFiles.CATALOGUE)), CentreFiles.responsibleUnits(guides),
                CentreFiles.guides(guides), configuredUnits.isEmpty() ? CentreFiles.units(CentreFiles.read(loader, CentreFiles.UNITS))
                        : configuredUnits, CentreFiles.seals(CentreFiles.read(loader, CentreFiles.SEALS)));
    }

    /** The centre's item codes, in catalogue order. */
    public List<String> items() {
        return items;
    }

    public boolean offers(String serviceCode) {
        return serviceCode != null && items.contains(serviceCode);
    }

    /**
     * AC1: the comprehensive window accepts the centre's items only.
     *
     * @throws ValidationException on {@code serviceCode} naming the item and the centre's items
     */
    public String requireItem(String serviceCode) {
        if (!offers(serviceCode)) {
            throw ValidationException.of("serviceCode", CentreTexts.message("error.item.notOffered", serviceCode == null ? "-" : serviceCode,
                    String.join(", ", items)));
        }
        return serviceCode;
    }

    public List<Unit> units() {
        return units;
    }

    public Optional<Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /**
     * AC1: a case is routed only to one of the centre's units.
     *
     * @throws ValidationException on {@code unit} naming the code and the centre's units
     */
    public Unit requireUnit(String code) {
        String c = code == null ? "" : code.strip();
        return unit(c).orElseThrow(() -> ValidationException.of("unit", CentreTexts.message("error.unit.unknown", c.isEmpty() ? "-" : c,
                codes(units.stream().map(Unit::code).toList()))));
    }

    /** The unit responsible for an item, if the site's units still include it. */
    public Optional<Unit> responsibleUnit(String serviceCode) {
        return Optional.ofNullable(responsible.get(serviceCode)).flatMap(this::unit);
    }

    /** The unit's name in the reader's language, or the code when the unit is no longer listed; the front window for null. */
    public String unitName(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return CentreTexts.text("unit.front", locale);
        }
        return unit(code).map(u -> u.name(locale)).orElse(code);
    }

    /** The shipped guide fields of an item (none for an item without a guide). */
    public Map<GuideField, GuideText> shippedGuide(String serviceCode) {
        return guides.getOrDefault(serviceCode, Map.of());
    }

    public List<Seal> seals() {
        return seals;
    }

    /**
     * AC5: only the centre's own seals are requested.
     *
     * @throws ValidationException on {@code seal} naming it and the centre's seals
     */
    public Seal requireSeal(String code) {
        String c = code == null ? "" : code.strip();
        return seals.stream().filter(s -> s.code().equals(c)).findFirst().orElseThrow(() -> ValidationException.of("seal",
                CentreTexts.message("error.seal.unknown", c.isEmpty() ? "-" : c, codes(seals.stream().map(Seal::code).toList()))));
    }

    private static String codes(Collection<String> codes) {
        return codes.stream().collect(Collectors.joining(", "));
    }
}
