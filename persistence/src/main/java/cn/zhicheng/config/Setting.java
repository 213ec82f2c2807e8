package cn.zhicheng.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A stored override of one province setting; absent keys take the deployment profile's default. */
@Entity
@Table(name = "setting")
public class Setting {

    @Id
    @Column(name = "setting_key", length = 80)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 2000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected Setting() {
    }

    public Setting(String key, String value, OffsetDateTime updatedAt, String updatedBy) {
        this.key = key;
        update(value, updatedAt, updatedBy);
    }

    public final void update(String newValue, OffsetDateTime at, String by) {
        this.value = newValue;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
