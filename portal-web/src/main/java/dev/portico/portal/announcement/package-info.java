/**
 * Announcements on Home: Markdown files with start and end dates in a folder the MSP manages
 * ({@code portal.announcements.dir}), re-read when they change, rendered with commonmark and sanitized.
 */
package dev.portico.portal.announcement;
