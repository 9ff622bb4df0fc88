package org.iccsp.platform.web;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Path and query parameters of the common types, converted so that a bad value is a 400 naming
 * the parameter ("eventId: must be a UUID") rather than JAX-RS's bare 404. Other types fall back
 * to the built-in conversion, whose failures {@link ProblemMappers} also turns into a 400.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private record Rule(Function<String, ?> parse, String expected) {
    }

    private static final Map<Class<?>, Rule> RULES = Map.of(
            UUID.class, new Rule(UUID::fromString, "must be a UUID"),
            LocalDate.class, new Rule(LocalDate::parse, "must be an ISO-8601 date such as 2026-01-31"),
            OffsetDateTime.class, new Rule(OffsetDateTime::parse, "must be an ISO-8601 date-time such as 2026-01-31T12:00:00Z"),
            Instant.class, new Rule(Instant::parse, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z"),
            Integer.class, new Rule(Integer::valueOf, "must be a whole number"),
            int.class, new Rule(Integer::valueOf, "must be a whole number"),
            Long.class, new Rule(Long::valueOf, "must be a whole number"),
            long.class, new Rule(Long::valueOf, "must be a whole number"));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Rule rule = RULES.get(rawType);
        String name = nameOf(annotations);
        if (rule == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                try {
                    return (T) rule.parse().apply(value.strip());
                } catch (RuntimeException e) {
                    throw new InvalidParameterException(name, rule.expected());
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return null;
    }
}
