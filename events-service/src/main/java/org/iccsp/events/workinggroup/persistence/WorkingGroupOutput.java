package org.iccsp.events.workinggroup.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A document a working group produced, such as its shared principles: a link, a text, or both. */
@Entity
@Table(name = "working_group_output")
public class WorkingGroupOutput extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "working_group_id", nullable = false)
    public UUID workingGroupId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String kind;

    public String url;

    public String body;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;
}
