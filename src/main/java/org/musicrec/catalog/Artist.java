package org.musicrec.catalog;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.util.List;

/**
 * An artist of the FMA catalogue (JNoSQL entity; see {@link Track} on the document shape).
 */
@Entity("artists")
public class Artist {
    /** The FMA artist id, stored as {@code _id}. */
    @Id
    private Long id;

    @Column("name")
    private String name;

    @Column("location")
    private String location;

    @Column("latitude")
    private Double latitude;

    @Column("longitude")
    private Double longitude;

    @Column("activeYearBegin")
    private Integer activeYearBegin;

    @Column("activeYearEnd")
    private Integer activeYearEnd;

    @Column("website")
    private String website;

    /** HTML as FMA has it. */
    @Column("bio")
    private String bio;

    @Column("dateCreated")
    private String dateCreated;

    @Column("favorites")
    private Integer favorites;

    @Column("tags")
    private List<String> tags;

    /** Lower-case, accent-free name. */
    @Column("searchKey")
    private String searchKey;

    public Artist() {
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public Integer getActiveYearBegin() {
        return activeYearBegin;
    }

    public void setActiveYearBegin(Integer activeYearBegin) {
        this.activeYearBegin = activeYearBegin;
    }

    public Integer getActiveYearEnd() {
        return activeYearEnd;
    }

    public void setActiveYearEnd(Integer activeYearEnd) {
        this.activeYearEnd = activeYearEnd;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getDateCreated() {
        return dateCreated;
    }

    public void setDateCreated(String dateCreated) {
        this.dateCreated = dateCreated;
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

    public String getSearchKey() {
        return searchKey;
    }

    public void setSearchKey(String searchKey) {
        this.searchKey = searchKey;
    }
}
