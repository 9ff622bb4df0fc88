package org.iccsp.gateway.web.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's refusal as a form shows it: a heading by its kind, and each named field linked to its
 * control. A field path ({@code shares[1].amount}) names the control {@code shares-1-amount}; when the
 * form has no such control, the nearest enclosing one ({@code shares-1}, then {@code shares}).
 */
public final class Refusal {
    private Refusal() {
    }

    public static String kind(int status) {
        return switch (status) {
            case 400 -> "invalid";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 422 -> "unprocessable";
            default -> "refused";
        };
    }

    /** The problem with an {@code anchor} (a control's id among {@code ids}, or none) on each error. */
    public static Map<String, Object> anchored(Map<String, Object> problem, Set<String> ids) {
        return anchored(problem, ids, "");
    }

    /** The same, for a form whose controls' ids all start with {@code prefix} (two forms on one page). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> anchored(Map<String, Object> problem, Set<String> ids, String prefix) {
        if (problem == null || !(problem.get("errors") instanceof List<?> errors)) {
            return problem;
        }
        Map<String, Object> anchored = new LinkedHashMap<>(problem);
        anchored.put("errors", errors.stream().map(e -> {
            Map<String, Object> error = new LinkedHashMap<>((Map<String, Object>) e);
            String anchor = anchor(prefix + error.get("field"), ids);
            if (anchor != null) {
                error.put("anchor", anchor);
            }
            return error;
        }).toList());
        return anchored;
    }

    public static String anchor(String field, Set<String> ids) {
        String id = field.replaceAll("\\[(\\d+)]", "-$1").replace('.', '-');
        while (!ids.contains(id)) {
            int cut = id.lastIndexOf('-');
            if (cut < 0) {
                return null;
            }
            id = id.substring(0, cut);
        }
        return id;
    }
}
