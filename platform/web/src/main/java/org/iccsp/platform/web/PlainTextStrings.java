package org.iccsp.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string read from JSON (request bodies, merge patches converted to records) must be
 * {@link PlainText}: a refused one is a 400 naming its field, through {@link ProblemMappers}.
 */
@Singleton
public class PlainTextStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("iccsp-plain-text").addDeserializer(String.class, new Deserializer()));
    }

    static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && !PlainText.isAcceptable(value)) {
                throw JsonMappingException.from(p, PlainText.MESSAGE, new IllegalArgumentException(PlainText.MESSAGE));
            }
            return value;
        }
    }
}
