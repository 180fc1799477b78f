/**
 * What every stage knows of the world, below the stages (tag, combine and flag read it): countries,
 * places, state-tied forces and sources, loaded and validated from the TSV files under {@code
 * src/main/resources/org/troopwatch/knowledge/}.
 *
 * <pre>
 * Knowledge k = Knowledge.defaults();        // read once per JVM, validated together
 * k.place("Kursk Oblast")   -> Place[name=Kursk, iso3=RUS, kind=region]
 * k.force("PMC Wagner")     -> Force[name=Wagner Group, iso3=RUS]
 * k.sourceNamed("Pat Ryder") -> Source[canonical=Pentagon, iso3=USA, kind=ministry]
 * </pre>
 *
 * <p>Forms are matched case-sensitively on whole tokens; some contain others ("Republic of Congo"
 * in "Democratic Republic of Congo"), so a matcher must prefer the longest match, and it should
 * turn curly apostrophes into straight ones first, as the files use straight ones only. {@link
 * org.troopwatch.knowledge.ResourceTable} is the generic reader for any such file.
 */
package org.troopwatch.knowledge;
