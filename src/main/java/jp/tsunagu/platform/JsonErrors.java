package jp.tsunagu.platform;

import jakarta.json.stream.JsonParsingException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says in the caller's terms why a JSON body could not be read: which field, and what it takes
 * (for a choice, the values it allows). The JSON-B provider's own messages name Java classes and
 * are not shown.
 */
public final class JsonErrors {

    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']*)'");
    /** The provider names no property for an unknown enum constant, only the enum's class. */
    private static final Pattern ENUM_CONSTANT = Pattern.compile("No enum constant ([\\w.$]+)\\.");

    private JsonErrors() {
    }

    /** The field and a Japanese message for a failure to read a body of type {@code target} (null if unknown). */
    public static Problems.FieldError describe(Throwable failure, Type target) {
        JsonParsingException parsing = (JsonParsingException) ProblemMappers.findCause(failure, JsonParsingException.class);
        if (parsing != null && parsing.getLocation() != null && parsing.getLocation().getLineNumber() > 0) {
            return new Problems.FieldError("body", "JSON の書式が正しくありません（" + parsing.getLocation().getLineNumber()
                    + " 行目 " + parsing.getLocation().getColumnNumber() + " 文字目付近）。");
        }
        List<String> path = propertyPath(failure);
        if (path.isEmpty() && target != null) {
            String enumName = enumClassName(failure);
            if (enumName != null) {
                List<String> fields = new ArrayList<>();
                Class<?>[] found = new Class<?>[1];
                enumProperties(raw(target), enumName, "", 0, fields, found);
                if (!fields.isEmpty()) {
                    String field = String.join(", ", fields);
                    return new Problems.FieldError(field, field + " の値が正しくありません。使える値: " + constants(found[0]));
                }
            }
        }
        if (path.isEmpty()) {
            if (parsing != null) {
                return new Problems.FieldError("body", "JSON の書式が正しくありません。");
            }
            return new Problems.FieldError("body", "本文は JSON のオブジェクトで、各項目を正しい型で指定してください。");
        }
        String field = String.join(".", path);
        Type type = target;
        for (String name : path) {
            type = type == null ? null : propertyType(raw(type), name);
        }
        return new Problems.FieldError(field, field + " " + expectation(type));
    }

    /** What a value of {@code type} must look like, e.g. {@code の値が正しくありません。使える値: CAR, WALK}. */
    static String expectation(Type type) {
        Class<?> raw = type == null ? null : raw(type);
        if (raw == null) {
            return "の値の型が正しくありません。";
        }
        if (raw.isEnum()) {
            return "の値が正しくありません。使える値: " + constants(raw);
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            Type element = raw.isArray() ? raw.getComponentType()
                    : type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
            Class<?> elementClass = element == null ? null : raw(element);
            if (elementClass != null && elementClass.isEnum()) {
                return "は配列で、次の値から指定してください: " + constants(elementClass);
            }
            return "は配列で指定してください（要素" + expectation(element) + "）";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Short.class || raw == short.class) {
            return "は整数で指定してください。";
        }
        if (raw == Double.class || raw == double.class || raw == BigDecimal.class || raw == Float.class || raw == float.class) {
            return "は数値で指定してください。";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "は true か false で指定してください。";
        }
        if (raw == String.class) {
            return "は文字列で指定してください。";
        }
        if (raw == LocalDate.class) {
            return "は日付（例: 2026-09-01）で指定してください。";
        }
        if (raw == LocalTime.class) {
            return "は時刻（例: 09:00）で指定してください。";
        }
        if (raw == LocalDateTime.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return "は日時（例: 2026-06-02T10:00）で指定してください。";
        }
        return "の形式が正しくありません。";
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    /** {@code profile.travelMode} from the provider's nested messages. */
    static List<String> propertyPath(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() == null) {
                continue;
            }
            Matcher m = PROPERTY.matcher(t.getMessage());
            List<String> path = new ArrayList<>();
            while (m.find()) {
                path.add(m.group(1));
            }
            if (!path.isEmpty()) {
                return path;
            }
        }
        return List.of();
    }

    private static String enumClassName(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = t.getMessage() == null ? null : ENUM_CONSTANT.matcher(t.getMessage());
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The properties of {@code owner} (and of the records it holds) that take the enum named {@code enumName}. */
    private static void enumProperties(Class<?> owner, String enumName, String prefix, int depth,
                                       List<String> fields, Class<?>[] found) {
        if (owner == null || depth > 3 || owner.getName().startsWith("java.")) {
            return;
        }
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Type type = field.getGenericType();
                Class<?> rawType = raw(type);
                if (rawType != null && Collection.class.isAssignableFrom(rawType) && type instanceof ParameterizedType p) {
                    rawType = raw(p.getActualTypeArguments()[0]);
                } else if (rawType != null && rawType.isArray()) {
                    rawType = rawType.getComponentType();
                }
                if (rawType == null) {
                    continue;
                }
                if (rawType.isEnum() && rawType.getName().equals(enumName)) {
                    fields.add(prefix + field.getName());
                    found[0] = rawType;
                } else if (!rawType.isEnum() && !rawType.isPrimitive()) {
                    enumProperties(rawType, enumName, prefix + field.getName() + ".", depth + 1, fields, found);
                }
            }
        }
    }

    private static Type propertyType(Class<?> owner, String name) {
        if (owner.isRecord()) {
            for (RecordComponent component : owner.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getGenericType();
                }
            }
        }
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field.getGenericType();
                }
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
