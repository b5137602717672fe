/**
 * The user's configuration file (YAML): per-rule severity and enable/disable, the 乡镇/街道 deadline,
 * the similarity threshold, and suppressions. Parsed once per run into {@link Settings}; used by the
 * core. No Maven types here.
 */
package org.disclosurechecker.config;
