package cn.zhicheng.certificate;

import java.io.Serializable;

/** One evaluation organisation the applicant may name in a 证书核验 request: a filed committee or a historical institution. */
public record OrganisationOption(EvaluationOrganisationKind kind, Long id, String name) implements Serializable {

    /** The value of the drop-down: {@code KIND:id}. */
    public String key() {
        return kind.name() + ":" + id;
    }

    /** The kind and id of a drop-down value, or null when it is not one. */
    public static OrganisationOption parse(String key) {
        if (key == null || key.indexOf(':') < 0) {
            return null;
        }
        try {
            String[] parts = key.split(":", 2);
            return new OrganisationOption(EvaluationOrganisationKind.valueOf(parts[0]), Long.valueOf(parts[1]), null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
