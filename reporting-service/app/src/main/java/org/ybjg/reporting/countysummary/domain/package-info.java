/**
 * County summaries (区县监管概况) in plain Java: how fact counts become a county's figures, how a
 * region's counties are listed (every county, zeros where nothing happened) and totalled.
 */
package org.ybjg.reporting.countysummary.domain;
