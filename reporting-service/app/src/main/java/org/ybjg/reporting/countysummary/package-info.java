/**
 * County summaries (区县监管概况): the key figures of each county and of a region, computed at query time
 * by aggregating the facts ({@code org.ybjg.reporting.facts}) of the county or region.
 */
package org.ybjg.reporting.countysummary;
