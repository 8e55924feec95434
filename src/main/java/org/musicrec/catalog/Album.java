package org.musicrec.catalog;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.util.List;

/**
 * An album of the FMA catalogue (JNoSQL entity; see {@link Track} on the document shape).
 */
@Entity("albums")
public class Album {
    /** The FMA album id, stored as {@code _id}. */
    @Id
    private Long id;

    @Column("title")
    private String title;

    /** Known from tracks.csv only; raw_albums.csv names the artist but not its id. */
    @Column("artistId")
    private Long artistId;

    @Column("artistName")
    private String artistName;

    /** Album, Single Tracks, Live Performance, ... */
    @Column("type")
    private String type;

    @Column("trackCount")
    private Integer trackCount;

    @Column("dateReleased")
    private String dateReleased;

    @Column("dateCreated")
    private String dateCreated;

    @Column("listens")
    private Integer listens;

    @Column("favorites")
    private Integer favorites;

    @Column("tags")
    private List<String> tags;

    public Album() {
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getArtistId() {
        return artistId;
    }

    public void setArtistId(Long artistId) {
        this.artistId = artistId;
    }

    public String getArtistName() {
        return artistName;
    }

    public void setArtistName(String artistName) {
        this.artistName = artistName;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Integer getTrackCount() {
        return trackCount;
    }

    public void setTrackCount(Integer trackCount) {
        this.trackCount = trackCount;
    }

    public String getDateReleased() {
        return dateReleased;
    }

    public void setDateReleased(String dateReleased) {
        this.dateReleased = dateReleased;
    }

    public String getDateCreated() {
        return dateCreated;
    }

    public void setDateCreated(String dateCreated) {
        this.dateCreated = dateCreated;
    }

    public Integer getListens() {
        return listens;
    }

    public void setListens(Integer listens) {
        this.listens = listens;
    }

    public Integer getFavorites() {
        return favorites;
    }

    public void setFavorites(Integer favorites) {
        this.favorites = favorites;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }
}
