/** What training stores and serving loads: model versions, their artifacts and activation events. */
package org.musicrec.recommend.model;
