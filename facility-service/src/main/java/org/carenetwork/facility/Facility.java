package org.carenetwork.facility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A site: where a person goes for care. */
@Entity
@Table(name = "facility")
public class Facility extends PanacheEntityBase {

    public enum Source { NETWORK, DIRECTORY }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    public String name;
    public String line1;
    public String line2;
    public String city;
    public String state;
    @Column(name = "postal_code")
    public String postalCode;
    public Double lat;
    public Double lon;
    public String phone;
    public String website;
    public String timezone;

    @Enumerated(EnumType.STRING)
    public Source source;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    @Column(name = "deleted_at")
    public Instant deletedAt;
}
