/**
 * The claim steps for languages read through the language seam (Korean, Russian, Ukrainian): the
 * English steps' order and Rejections over a language's words, lemmas and data folder, with its
 * word order and particles as data ({@code grammar.tsv}).
 */
package org.troopwatch.tag.claim.words;
