package org.iccsp.platform.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * JSON is read as written: a property the target does not have is refused (not dropped), and no
 * value changes its JSON type on the way in ({@code 1.5} is no int, {@code 12345} no string,
 * {@code "5"} no number, {@code "true"} no boolean). Each refusal is a 400 naming the field, through
 * {@link ProblemMappers}. The one documented exception: a decimal amount ({@link BigDecimal}) may be
 * a JSON number or a string holding one ({@code 1000.50} or {@code "1000.50"}), as amounts are
 * returned as strings. Integers are accepted where a decimal is expected ({@code 10} is {@code 10.0}).
 *
 * <p>Internal readers that must tolerate unknown properties (the CloudEvents envelope, whose
 * extension attributes are open) say so on their type with {@code @JsonIgnoreProperties(ignoreUnknown = true)}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** Makes {@code mapper} strict in place; also for mappers a service builds itself. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        // ALLOW_COERCION_OF_SCALARS covers numbers, booleans and dates, not text: a number or a boolean
        // where a string is expected is refused here.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(BigDecimal.class).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        return mapper;
    }
}
