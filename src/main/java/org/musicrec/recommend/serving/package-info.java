/**
 * Serving recommendations from a ready answer: the active ALS model in memory (swapped atomically
 * when another version is activated), each user's list precomputed at training time and refreshed
 * by fold-in when their events are applied, audio and factor-space neighbours, and the cold-start
 * blend for listeners and tracks the model does not know.
 */
package org.musicrec.recommend.serving;
