package org.musicrec.catalog;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.util.List;

/**
 * A track of the FMA catalogue. Mapped for Eclipse JNoSQL; the import writes the same document
 * shape with the plain driver ({@code org.musicrec.catalog.mongo.CatalogDocuments}), so the two must
 * change together. Dates are ISO local date-times as text ({@code 2008-11-26T01:48:12}). The import
 * never writes {@code audioPath}, {@code features} or {@code pcaCoordinates}: later stages own them.
 */
@Entity("tracks")
public class Track {
    /** The FMA track id, stored as {@code _id}. */
    @Id
    private Long id;

    @Column("title")
    private String title;

    @Column("artistId")
    private Long artistId;

    @Column("artistName")
    private String artistName;

    @Column("albumId")
    private Long albumId;

    @Column("albumTitle")
    private String albumTitle;

    /** Genre ids given to the track. */
    @Column("genres")
    private List<Integer> genres;

    /** {@link #genres} with all their ancestors: what a sub-genre-aware filter matches. */
    @Column("genresAll")
    private List<Integer> genresAll;

    /** Title of the single root genre of the track, null when its genres span several roots. */
    @Column("topGenre")
    private String topGenre;

    /** Seconds. */
    @Column("duration")
    private Integer duration;

    @Column("listens")
    private Integer listens;

    @Column("favorites")
    private Integer favorites;

    @Column("interest")
    private Integer interest;

    @Column("dateCreated")
    private String dateCreated;

    @Column("license")
    private String license;

    @Column("bitRate")
    private Integer bitRate;

    @Column("trackNumber")
    private Integer trackNumber;

    @Column("languageCode")
    private String languageCode;

    @Column("tags")
    private List<String> tags;

    /** FMA subset: small, medium or large. */
    @Column("subset")
    private String subset;

    /** FMA split: training, validation or test. */
    @Column("split")
    private String split;

    /** Lower-case, accent-free "title artist": searched by prefix/regex, as not every server has $text. */
    @Column("searchKey")
    private String searchKey;

    /** Set by sampling once an audio file is available; null until then. */
    @Column("audioPath")
    private String audioPath;

    /** True for a track known only by id (referenced before its metadata arrived). */
    @Column("placeholder")
    private boolean placeholder;

    /** Audio features, null until extracted. */
    @Column("features")
    private List<Double> features;

    /** Coordinates in the fitted PCA space, null until fitted. */
    @Column("pcaCoordinates")
    private List<Double> pcaCoordinates;

    public Track() {
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

    public Long getAlbumId() {
        return albumId;
    }

    public void setAlbumId(Long albumId) {
        this.albumId = albumId;
    }

    public String getAlbumTitle() {
        return albumTitle;
    }

    public void setAlbumTitle(String albumTitle) {
        this.albumTitle = albumTitle;
    }

    public List<Integer> getGenres() {
        return genres;
    }

    public void setGenres(List<Integer> genres) {
        this.genres = genres;
    }

    public List<Integer> getGenresAll() {
        return genresAll;
    }

    public void setGenresAll(List<Integer> genresAll) {
        this.genresAll = genresAll;
    }

    public String getTopGenre() {
        return topGenre;
    }

    public void setTopGenre(String topGenre) {
        this.topGenre = topGenre;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
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

    public Integer getInterest() {
        return interest;
    }

    public void setInterest(Integer interest) {
        this.interest = interest;
    }

    public String getDateCreated() {
        return dateCreated;
    }

    public void setDateCreated(String dateCreated) {
        this.dateCreated = dateCreated;
    }

    public String getLicense() {
        return license;
    }

    public void setLicense(String license) {
        this.license = license;
    }

    public Integer getBitRate() {
        return bitRate;
    }

    public void setBitRate(Integer bitRate) {
        this.bitRate = bitRate;
    }

    public Integer getTrackNumber() {
        return trackNumber;
    }

    public void setTrackNumber(Integer trackNumber) {
        this.trackNumber = trackNumber;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public void setLanguageCode(String languageCode) {
        this.languageCode = languageCode;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public String getSubset() {
        return subset;
    }

    public void setSubset(String subset) {
        this.subset = subset;
    }

    public String getSplit() {
        return split;
    }

    public void setSplit(String split) {
        this.split = split;
    }

    public String getSearchKey() {
        return searchKey;
    }

    public void setSearchKey(String searchKey) {
        this.searchKey = searchKey;
    }

    public String getAudioPath() {
        return audioPath;
    }

    public void setAudioPath(String audioPath) {
        this.audioPath = audioPath;
    }

    public boolean isPlaceholder() {
        return placeholder;
    }

    public void setPlaceholder(boolean placeholder) {
        this.placeholder = placeholder;
    }

    public List<Double> getFeatures() {
        return features;
    }

    public void setFeatures(List<Double> features) {
        this.features = features;
    }

    public List<Double> getPcaCoordinates() {
        return pcaCoordinates;
    }

    public void setPcaCoordinates(List<Double> pcaCoordinates) {
        this.pcaCoordinates = pcaCoordinates;
    }
}
