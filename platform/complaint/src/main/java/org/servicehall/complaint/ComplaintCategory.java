package org.servicehall.complaint;

/**
 * P3: what a complaint is about: the core's categories and those of running sector plugins
 * ({@code HALL-INF/complaint/*.properties}).
 *
 * @param code e.g. {@code ATTITUDE}
 * @param name the Chinese name, e.g. 服务态度
 * @param nameEn the English name
 * @param sector "core" or the plugin's sector
 */
public record ComplaintCategory(String code, String name, String nameEn, String sector, int order) {
}
