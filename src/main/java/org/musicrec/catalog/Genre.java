package org.musicrec.catalog;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/**
 * A genre of the FMA tree: walk {@code parentId} up to {@code topLevelId} (JNoSQL entity).
 */
@Entity("genres")
public class Genre {
    /** The FMA genre id, stored as {@code _id}. */
    @Id
    private Integer id;

    @Column("title")
    private String title;

    /** Null for a root (FMA writes 0). */
    @Column("parentId")
    private Integer parentId;

    /** The root of this genre's tree (itself for a root). */
    @Column("topLevelId")
    private Integer topLevelId;

    /** Tracks with this genre or a descendant, as genres.csv counts them. */
    @Column("trackCount")
    private Integer trackCount;

    @Column("handle")
    private String handle;

    @Column("color")
    private String color;

    public Genre() {
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getParentId() {
        return parentId;
    }

    public void setParentId(Integer parentId) {
        this.parentId = parentId;
    }

    public Integer getTopLevelId() {
        return topLevelId;
    }

    public void setTopLevelId(Integer topLevelId) {
        this.topLevelId = topLevelId;
    }

    public Integer getTrackCount() {
        return trackCount;
    }

    public void setTrackCount(Integer trackCount) {
        this.trackCount = trackCount;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }
}
