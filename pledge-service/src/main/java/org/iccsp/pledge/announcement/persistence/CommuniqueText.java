package org.iccsp.pledge.announcement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** The communiqué in one language: a title and its text. */
@Embeddable
public class CommuniqueText {
    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    public CommuniqueText() {
    }

    public CommuniqueText(String title, String body) {
        this.title = title;
        this.body = body;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommuniqueText t && Objects.equals(title, t.title) && Objects.equals(body, t.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, body);
    }
}
