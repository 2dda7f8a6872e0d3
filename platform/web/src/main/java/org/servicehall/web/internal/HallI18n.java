package org.servicehall.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.servicehall.common.HallException;
import org.servicehall.common.HallResourceHandler;
import org.servicehall.common.PluginSource;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Translations merged from every bundle's {@code HALL-INF/i18n/<name>[_<locale>].properties}
 * (UTF-8): English in the file without a locale, Simplified Chinese in {@code _zh_CN}. A plugin's
 * keys come and go with the plugin. A missing key shows as the key itself, never as an error.
 */
@Component(service = { HallResourceHandler.class, HallI18n.class, I18NProvider.class }, immediate = true)
public final class HallI18n implements HallResourceHandler, I18NProvider {
    private static final long serialVersionUID = 1L;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern FILE = Pattern.compile("([A-Za-z0-9-]+?)(?:_([a-z]{2})(?:_([A-Z]{2}))?)?\\.properties");

    /** bundle id → locale tag ("" for the default) → messages */
    private final Map<Long, Map<String, Map<String, String>>> byBundle = new LinkedHashMap<>();
    private volatile Map<String, Map<String, String>> merged = Map.of();

    @Override
    public String folder() {
        return "i18n";
    }

    @Override
    public synchronized void added(PluginSource source, List<URL> files) {
        Map<String, Map<String, String>> messages = new HashMap<>();
        for (URL file : files) {
            String name = file.getPath().substring(file.getPath().lastIndexOf('/') + 1);
            Matcher m = FILE.matcher(name);
            if (!m.matches()) {
                throw new HallException("HALL-INF/i18n/" + name + " is not named <name>[_<language>[_<COUNTRY>]].properties");
            }
            String tag = m.group(2) == null ? "" : m.group(2) + (m.group(3) == null ? "" : "_" + m.group(3));
            messages.computeIfAbsent(tag, t -> new HashMap<>()).putAll(read(file, name));
        }
        byBundle.put(source.bundleId(), messages);
        rebuild();
    }

    @Override
    public synchronized void removed(PluginSource source) {
        if (byBundle.remove(source.bundleId()) != null) {
            rebuild();
        }
    }

    private static Map<String, String> read(URL file, String name) {
        Properties p = new Properties();
        try (InputStream in = file.openStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new HallException("HALL-INF/i18n/" + name + " could not be read: " + e.getMessage(), e);
        }
        Map<String, String> map = new HashMap<>();
        p.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }

    private void rebuild() {
        Map<String, Map<String, String>> all = new HashMap<>();
        byBundle.values().forEach(b -> b.forEach((tag, msgs) -> all.computeIfAbsent(tag, t -> new HashMap<>()).putAll(msgs)));
        merged = all;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Map<String, Map<String, String>> m = merged;
        String text = null;
        if (locale != null) {
            text = lookup(m, locale.getLanguage() + (locale.getCountry().isEmpty() ? "" : "_" + locale.getCountry()), key);
            if (text == null) {
                text = lookup(m, locale.getLanguage(), key);
            }
            if (text == null && locale.getLanguage().equals("zh")) {
                text = lookup(m, "zh_CN", key);
            }
        }
        if (text == null) {
            text = lookup(m, "", key);
        }
        if (text == null) {
            return key;
        }
        return params == null || params.length == 0 ? text : new MessageFormat(text, locale == null ? Locale.ENGLISH : locale).format(params);
    }

    /** Keys known in the default language, for checks and tests. */
    public List<String> keys() {
        return new ArrayList<>(merged.getOrDefault("", Map.of()).keySet());
    }

    private static String lookup(Map<String, Map<String, String>> m, String tag, String key) {
        Map<String, String> msgs = m.get(tag);
        return msgs == null ? null : msgs.get(key);
    }
}
