/** What training produces and serving uses: the ModelVersions port, model artifacts, top lists, ranked items and their announcement. */
package org.musicrec.recommend.model;
