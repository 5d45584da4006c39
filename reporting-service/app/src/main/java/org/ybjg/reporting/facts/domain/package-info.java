/**
 * The facts the reporting service keeps from other services' events, in plain Java: what one event
 * tells about one institution, finding or case, validated so a payload that cannot be a fact is
 * rejected (the listener sends it to the dead-letter topic) instead of corrupting every report.
 */
package org.ybjg.reporting.facts.domain;
