package org.disclosurechecker.facts;

/**
 * An organ named where the reporting organ belongs: the 落款, "本报告由…编制", "请与…联系".
 *
 * @param role         where it is named (落款/编制单位/联系单位), in Chinese
 * @param name         the organ as written
 * @param sameAsReport false when its place (县/镇/街道…) contradicts the reporting organ's
 * @param line         where it is
 */
public record OrganMention(String role, String name, boolean sameAsReport, int line) {
}
