/**
 * Facts: the reporting service's read models, projected from every platform topic. One document per
 * institution ({@code institutionFacts}, latest version wins), per finding ({@code findingFacts})
 * and per case ({@code caseFacts}, opening and decision), each written by an idempotent upsert, so
 * that redelivery and replays of a topic are harmless. Reports (e.g. {@code countysummary})
 * aggregate these facts at query time; new reports add a feature package that reads them, and new
 * facts a collection here.
 */
package org.ybjg.reporting.facts;
