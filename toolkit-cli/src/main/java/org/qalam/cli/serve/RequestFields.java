package org.qalam.cli.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of a JSON request body, read with Jackson's streaming parser, and typed accessors
 * whose errors name the field ({@code "text must be a string"}). Why not data binding: the
 * bodies are flat and few, the CLI does not ship jackson-databind, and each message can say
 * exactly which field is wrong and what it should be.
 */
final class RequestFields {

    /** Deepest nesting accepted; request bodies are flat, so anything deeper is an attack or a slip. */
    private static final int MAX_DEPTH = 8;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .build())
            .build();

    private final Map<String, Object> values;

    private RequestFields(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * Parses a JSON object whose field names must all be in {@code accepted}.
     *
     * @throws ApiError 400 for malformed JSON, a body that is not an object, or an unknown field
     */
    static RequestFields parse(String body, Set<String> accepted) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ApiError(ApiError.BAD_REQUEST,
                        "the body must be a JSON object such as {\"text\": \"...\"}", null);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT;
                    token = parser.nextToken()) {
                String name = parser.currentName();
                if (!accepted.contains(name)) {
                    throw ApiError.badField(name, "unknown field '" + name + "'; accepted: "
                            + String.join(", ", new TreeSet<>(accepted)));
                }
                parser.nextToken();
                values.put(name, value(parser));
            }
            if (parser.nextToken() != null) {
                throw new ApiError(ApiError.BAD_REQUEST,
                        "malformed JSON: content after the closing brace", null);
            }
            return new RequestFields(values);
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage();
            int detail = reason.indexOf(" (start marker");
            reason = (detail < 0 ? reason : reason.substring(0, detail)).lines().findFirst()
                    .orElse(reason);
            throw new ApiError(ApiError.BAD_REQUEST, "malformed JSON: " + reason + " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr(), null);
        } catch (IOException e) {
            throw new ApiError(ApiError.BAD_REQUEST, "malformed JSON: " + e.getMessage(), null);
        }
    }

    /** A request without a JSON body: only {@code text}. */
    static RequestFields ofText(String text) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("text", text);
        return new RequestFields(values);
    }

    private static Object value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                yield list;
            }
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, value(parser));
                }
                yield map;
            }
            default -> throw new ApiError(ApiError.BAD_REQUEST, "malformed JSON", null);
        };
    }

    /** The required string field {@code name}. */
    String requiredString(String name) {
        String value = string(name);
        if (value == null) {
            throw ApiError.badField(name, name + " is required");
        }
        return value;
    }

    /** The string field {@code name}, or null when absent or null. */
    String string(String name) {
        Object value = values.get(name);
        if (value != null && !(value instanceof String)) {
            throw ApiError.badField(name, name + " must be a string");
        }
        return (String) value;
    }

    /** The boolean field {@code name}, or {@code otherwise}. */
    boolean bool(String name, boolean otherwise) {
        Object value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Boolean)) {
            throw ApiError.badField(name, name + " must be true or false");
        }
        return (Boolean) value;
    }

    /** The date field {@code name} ({@code YYYY-MM-DD}), or null. */
    LocalDate date(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badField(name, name + " must be a date as YYYY-MM-DD, such as "
                    + "2024-03-15; got '" + value + "'");
        }
    }

    /** The array-of-names field {@code name} (a comma-separated string is accepted too), or null. */
    List<String> names(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (value instanceof String text) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
            return names;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof String text) || text.isBlank()) {
                    throw ApiError.badField(name, name + " must be an array of names, such as "
                            + "[\"numbers\", \"dates\"]");
                }
                names.add(text.strip());
            }
            return names;
        }
        throw ApiError.badField(name, name + " must be an array of names, such as "
                + "[\"numbers\", \"dates\"]");
    }

    /**
     * The object field {@code name} of {@code "NAME.KEY": value} settings with scalar values, or
     * an empty map.
     */
    Map<String, String> settings(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw ApiError.badField(name, name + " must be an object such as "
                    + "{\"numbers.min-value\": \"10\"}");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object setting = entry.getValue();
            if (setting instanceof String || setting instanceof Boolean
                    || setting instanceof JsonNumber) {
                settings.put((String) entry.getKey(), setting.toString());
            } else {
                throw ApiError.badField(name, name + "." + entry.getKey()
                        + " must be a string, number or boolean");
            }
        }
        return settings;
    }

    /** A JSON number kept as written, so that {@code 10} stays {@code "10"} in a setting. */
    private record JsonNumber(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
