package org.servicehall.persistence;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Maps the rows of a query to a Java record by component name, and a record to the parameters of
 * an insert, for the JDBC stores (next to {@link Jdbc}). A component {@code firstCalledAt} is the
 * column {@code first_called_at} (any case: H2 answers {@code FIRST_CALLED_AT}); columns the record
 * has no component for are ignored. The reflection is done once per record class ({@link #of} is
 * cached); keep a configured mapper in a {@code static final} field.
 *
 * <table>
 * <caption>Conversions, read and written</caption>
 * <tr><th>component</th><th>column</th></tr>
 * <tr><td>{@code String}, {@code BigDecimal}, {@code byte[]}</td><td>as JDBC has them</td></tr>
 * <tr><td>{@code int long short double float boolean}</td><td>numbers, BOOLEAN; NULL reads as JDBC's 0 / false</td></tr>
 * <tr><td>{@code Integer Long Short Double Float Boolean}</td><td>the same, NULL is {@code null}</td></tr>
 * <tr><td>{@code Instant}</td><td>TIMESTAMP, as {@link Jdbc#instant} and {@link Jdbc#timestamp} convert it</td></tr>
 * <tr><td>{@code LocalDate}, {@code LocalTime}, {@code LocalDateTime}</td><td>DATE, TIME, TIMESTAMP</td></tr>
 * <tr><td>an {@code enum}</td><td>VARCHAR holding the constant's name; another text is an {@code SQLException} naming it</td></tr>
 * <tr><td>{@code Duration}</td><td>a number of seconds (default) or of the unit given by {@link #durationIn};
 * a fraction (an {@code AVG}) is kept to the millisecond; NULL is {@code null}</td></tr>
 * </table>
 *
 * <p>In a store:
 * <pre>
 * record AlertRow(long id, long siteId, String serviceCode, Kind kind, Instant raisedAt, Duration waited, Integer window) {}
 *
 * private static final RowMapper&lt;AlertRow&gt; ALERTS = RowMapper.of(AlertRow.class)
 *         .column("waited", "waited_seconds");                       // a column named otherwise
 *
 * List&lt;AlertRow&gt; standing(Connection c, long siteId) throws SQLException {
 *     try (PreparedStatement ps = c.prepareStatement("SELECT " + ALERTS.columnList() + " FROM sh_queue_alert WHERE site_id = ?")) {
 *         ps.setLong(1, siteId);
 *         return ALERTS.list(ps);
 *     }
 * }
 *
 * long insert(Connection c, AlertRow row) throws SQLException {
 *     try (PreparedStatement ps = c.prepareStatement(ALERTS.insert("sh_queue_alert", "id"), new String[] { "id" })) {
 *         ALERTS.bind(ps, row, "id");                                  // the parameters in the order of insert(…)
 *         ps.executeUpdate();
 *         return Jdbc.generatedId(ps);
 *     }
 * }
 * </pre>
 * A row that holds more than one record (a join) maps each part with its own mapper, columns
 * renamed where they would clash ({@code SELECT s.name AS staff_name …}).
 *
 * @param <R> the record
 * @since 1.3
 */
public final class RowMapper<R extends Record> {

    private static final ClassValue<RowMapper<?>> CACHE = new ClassValue<>() {
        @Override
        protected RowMapper<?> computeValue(Class<?> type) {
            return build(type.asSubclass(Record.class));
        }
    };

    /** How one component is read and written. */
    private record Part(String component, String column, Class<?> type, Method accessor, Conversion conversion) {
    }

    /** Reads a column of the current row. */
    @FunctionalInterface
    private interface Read {
        Object read(ResultSet rs, int column) throws SQLException;
    }

    /** Sets a non-null parameter. */
    @FunctionalInterface
    private interface Write {
        void write(PreparedStatement ps, int index, Object value) throws SQLException;
    }

    /** One Java type's column conversion: how it is read, written, and its SQL type for a NULL. */
    private record Conversion(Read read, Write write, int sqlType) {
    }

    /** A boxed type: JDBC's value, or null when the column was NULL. */
    private static Read boxed(Read primitive) {
        return (rs, i) -> {
            Object v = primitive.read(rs, i);
            return rs.wasNull() ? null : v;
        };
    }

    private static final Map<Class<?>, Conversion> CONVERSIONS = Map.ofEntries(
            Map.entry(String.class, new Conversion(ResultSet::getString, (ps, i, v) -> ps.setString(i, (String) v), Types.VARCHAR)),
            Map.entry(long.class, new Conversion(ResultSet::getLong, (ps, i, v) -> ps.setLong(i, (Long) v), Types.BIGINT)),
            Map.entry(Long.class, new Conversion(boxed(ResultSet::getLong), (ps, i, v) -> ps.setLong(i, (Long) v), Types.BIGINT)),
            Map.entry(int.class, new Conversion(ResultSet::getInt, (ps, i, v) -> ps.setInt(i, (Integer) v), Types.INTEGER)),
            Map.entry(Integer.class, new Conversion(boxed(ResultSet::getInt), (ps, i, v) -> ps.setInt(i, (Integer) v), Types.INTEGER)),
            Map.entry(short.class, new Conversion(ResultSet::getShort, (ps, i, v) -> ps.setShort(i, (Short) v), Types.SMALLINT)),
            Map.entry(Short.class, new Conversion(boxed(ResultSet::getShort), (ps, i, v) -> ps.setShort(i, (Short) v), Types.SMALLINT)),
            Map.entry(double.class, new Conversion(ResultSet::getDouble, (ps, i, v) -> ps.setDouble(i, (Double) v), Types.DOUBLE)),
            Map.entry(Double.class, new Conversion(boxed(ResultSet::getDouble), (ps, i, v) -> ps.setDouble(i, (Double) v), Types.DOUBLE)),
            Map.entry(float.class, new Conversion(ResultSet::getFloat, (ps, i, v) -> ps.setFloat(i, (Float) v), Types.REAL)),
            Map.entry(Float.class, new Conversion(boxed(ResultSet::getFloat), (ps, i, v) -> ps.setFloat(i, (Float) v), Types.REAL)),
            Map.entry(boolean.class, new Conversion(ResultSet::getBoolean, (ps, i, v) -> ps.setBoolean(i, (Boolean) v), Types.BOOLEAN)),
            Map.entry(Boolean.class, new Conversion(boxed(ResultSet::getBoolean), (ps, i, v) -> ps.setBoolean(i, (Boolean) v), Types.BOOLEAN)),
            Map.entry(BigDecimal.class, new Conversion(ResultSet::getBigDecimal, (ps, i, v) -> ps.setBigDecimal(i, (BigDecimal) v),
                    Types.NUMERIC)),
            Map.entry(byte[].class, new Conversion(ResultSet::getBytes, (ps, i, v) -> ps.setBytes(i, (byte[]) v), Types.VARBINARY)),
            Map.entry(Instant.class, new Conversion((rs, i) -> {
                Timestamp t = rs.getTimestamp(i);
                return t == null ? null : t.toInstant();
            }, (ps, i, v) -> ps.setTimestamp(i, Timestamp.from((Instant) v)), Types.TIMESTAMP)),
            Map.entry(LocalDate.class, new Conversion((rs, i) -> rs.getObject(i, LocalDate.class), PreparedStatement::setObject, Types.DATE)),
            Map.entry(LocalTime.class, new Conversion((rs, i) -> rs.getObject(i, LocalTime.class), PreparedStatement::setObject, Types.TIME)),
            Map.entry(LocalDateTime.class, new Conversion((rs, i) -> rs.getObject(i, LocalDateTime.class), PreparedStatement::setObject,
                    Types.TIMESTAMP)));

    /** A Duration as a number of {@code unit}s; a fraction read is kept to the millisecond. */
    private static Conversion duration(ChronoUnit unit) {
        BigDecimal nanosPerUnit = BigDecimal.valueOf(unit.getDuration().toNanos());
        return new Conversion((rs, i) -> {
            BigDecimal v = rs.getBigDecimal(i);
            return v == null ? null : Duration.ofMillis(v.multiply(nanosPerUnit).movePointLeft(6).longValue());
        }, (ps, i, v) -> ps.setLong(i, ((Duration) v).toNanos() / unit.getDuration().toNanos()), Types.BIGINT);
    }

    /** An enum as its constant's name; another text names the component, the column and the constants. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Conversion enumeration(Class<?> enumType, String where, String column) {
        return new Conversion((rs, i) -> {
            String name = rs.getString(i);
            if (name == null) {
                return null;
            }
            try {
                return Enum.valueOf((Class<? extends Enum>) enumType, name);
            } catch (IllegalArgumentException e) {
                throw new SQLException(where + ": column " + column + " holds '" + name + "', which is not one of "
                        + Arrays.toString(enumType.getEnumConstants()));
            }
        }, (ps, i, v) -> ps.setString(i, ((Enum<?>) v).name()), Types.VARCHAR);
    }

    /** The conversion of a type, or null when there is none. */
    private static Conversion conversion(Class<?> type, String where, String column) {
        if (type == Duration.class) {
            return duration(ChronoUnit.SECONDS);
        }
        if (type.isEnum()) {
            return enumeration(type, where, column);
        }
        return CONVERSIONS.get(type);
    }

    private final Class<R> type;
    private final List<Part> parts;
    private final MethodHandle constructor;

    private RowMapper(Class<R> type, List<Part> parts, MethodHandle constructor) {
        this.type = type;
        this.parts = List.copyOf(parts);
        this.constructor = constructor;
    }

    /**
     * The mapper of a record class with the conventions above (cached per class).
     *
     * @throws IllegalArgumentException naming the component whose type has no conversion
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> RowMapper<R> of(Class<R> type) {
        return (RowMapper<R>) CACHE.get(type);
    }

    /** A mapper that reads and writes {@code component} from the column {@code column} instead. */
    public RowMapper<R> column(String component, String column) {
        return with(component, p -> new Part(component, column, p.type(), p.accessor(),
                p.type().isEnum() ? enumeration(p.type(), type.getSimpleName() + "." + component, column) : p.conversion()));
    }

    /**
     * A mapper that holds the {@code Duration} component as a number of {@code unit}s
     * ({@link ChronoUnit#SECONDS SECONDS}, {@link ChronoUnit#MILLIS MILLIS}, {@link ChronoUnit#MINUTES MINUTES}…).
     */
    public RowMapper<R> durationIn(String component, ChronoUnit unit) {
        if (unit.isDurationEstimated()) {
            throw new IllegalArgumentException(unit + " is not an exact unit for a duration");
        }
        return with(component, p -> {
            if (p.type() != Duration.class) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + component + " is not a Duration");
            }
            return new Part(p.component(), p.column(), p.type(), p.accessor(), duration(unit));
        });
    }

    /** The record class. */
    public Class<R> type() {
        return type;
    }

    /** The columns, in component order. */
    public List<String> columns() {
        return parts.stream().map(Part::column).toList();
    }

    /** The columns for a {@code SELECT}: {@code id, site_id, service_code, …}. */
    public String columnList() {
        return String.join(", ", columns());
    }

    /** The columns for a {@code SELECT} from an aliased table: {@code t.id, t.site_id, …}. */
    public String columnList(String alias) {
        return parts.stream().map(p -> alias + "." + p.column()).collect(Collectors.joining(", "));
    }

    /** The record of the current row. */
    public R map(ResultSet rs) throws SQLException {
        return map(rs, indexes(rs));
    }

    /** The records of all (remaining) rows, the columns looked up once. */
    public List<R> list(ResultSet rs) throws SQLException {
        List<R> out = new ArrayList<>();
        int[] at = null;
        while (rs.next()) {
            if (at == null) {
                at = indexes(rs);
            }
            out.add(map(rs, at));
        }
        return out;
    }

    /** Runs the query and maps every row. */
    public List<R> list(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return list(rs);
        }
    }

    /** Runs the query and maps its first row, if there is one. */
    public Optional<R> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(map(rs)) : Optional.empty();
        }
    }

    /**
     * {@code INSERT INTO <table> (<columns>) VALUES (?, …)} for every component but those left out
     * (the generated id, say), in the order {@link #bind} sets them.
     */
    public String insert(String table, String... leaveOut) {
        List<Part> set = bound(leaveOut);
        return "INSERT INTO " + table + " (" + set.stream().map(Part::column).collect(Collectors.joining(", ")) + ") VALUES ("
                + set.stream().map(p -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Sets the record's components as parameters 1, 2… (all but those left out, in component
     * order, as {@link #insert} lists them).
     *
     * @return the index of the next parameter (for a WHERE clause after them)
     */
    public int bind(PreparedStatement ps, R record, String... leaveOut) throws SQLException {
        return bind(ps, 1, record, leaveOut);
    }

    /** As {@link #bind(PreparedStatement, Record, String...)}, from parameter {@code first}. */
    public int bind(PreparedStatement ps, int first, R record, String... leaveOut) throws SQLException {
        int index = first;
        for (Part p : bound(leaveOut)) {
            Object value;
            try {
                value = p.accessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type.getSimpleName() + "." + p.component() + " cannot be read", e);
            }
            write(ps, index++, value, p.conversion());
        }
        return index;
    }

    /**
     * Sets one parameter with the conversions of this class, by the value's type; a null is set as
     * SQL NULL of the given type (e.g. {@code Instant.class}).
     */
    public static void set(PreparedStatement ps, int index, Object value, Class<?> type) throws SQLException {
        Conversion conversion = conversion(type, "parameter " + index, "?");
        if (conversion == null) {
            throw new IllegalArgumentException("parameter " + index + ": a " + type.getSimpleName() + " has no column conversion");
        }
        write(ps, index, value, conversion);
    }

    /** Sets one non-null parameter with the conversions of this class (a Duration in seconds). */
    public static void set(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            throw new IllegalArgumentException("parameter " + index + " is null: give its type with set(ps, index, null, type)");
        }
        set(ps, index, value, value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass());
    }

    private static void write(PreparedStatement ps, int index, Object value, Conversion conversion) throws SQLException {
        if (value == null) {
            ps.setNull(index, conversion.sqlType());
        } else {
            conversion.write().write(ps, index, value);
        }
    }

    @Override
    public String toString() {
        return "RowMapper[" + type.getSimpleName() + ": " + columnList() + "]";
    }

    // ---- building

    private RowMapper<R> with(String component, UnaryOperator<Part> change) {
        List<Part> changed = new ArrayList<>();
        boolean found = false;
        for (Part p : parts) {
            if (p.component().equals(component)) {
                changed.add(change.apply(p));
                found = true;
            } else {
                changed.add(p);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component '" + component + "'; it has "
                    + parts.stream().map(Part::component).toList());
        }
        return new RowMapper<>(type, changed, constructor);
    }

    private List<Part> bound(String... leaveOut) {
        Set<String> out = Set.of(leaveOut);
        for (String name : out) {
            if (parts.stream().noneMatch(p -> p.component().equals(name))) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no component '" + name + "' to leave out");
            }
        }
        return parts.stream().filter(p -> !out.contains(p.component())).toList();
    }

    private static <R extends Record> RowMapper<R> build(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        List<Part> parts = new ArrayList<>();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String column = snakeCase(c.getName());
            Conversion conversion = conversion(c.getType(), type.getSimpleName() + "." + c.getName(), column);
            if (conversion == null) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + c.getName() + ": a " + c.getType().getSimpleName()
                        + " has no column conversion; map it by hand or give the record a supported type");
            }
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            parts.add(new Part(c.getName(), column, c.getType(), accessor, conversion));
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup().unreflectConstructor(canonical)
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new RowMapper<>(type, parts, handle);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException(type.getName() + ": its canonical constructor cannot be used: " + e, e);
        }
    }

    /** {@code firstCalledAt} → {@code first_called_at}, {@code qrURL} → {@code qr_url}, {@code line2} → {@code line2}. */
    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && (Character.isLowerCase(camel.charAt(i - 1)) || Character.isDigit(camel.charAt(i - 1)));
                boolean startsWord = i > 0 && i + 1 < camel.length() && Character.isUpperCase(camel.charAt(i - 1))
                        && Character.isLowerCase(camel.charAt(i + 1));
                if (afterLower || startsWord) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- reading

    private int[] indexes(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Integer> byLabel = new HashMap<>();
        for (int i = meta.getColumnCount(); i >= 1; i--) {
            byLabel.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
        }
        int[] at = new int[parts.size()];
        for (int i = 0; i < at.length; i++) {
            Integer index = byLabel.get(parts.get(i).column().toLowerCase(Locale.ROOT));
            if (index == null) {
                Map<Integer, String> labels = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    labels.put(c, meta.getColumnLabel(c).toLowerCase(Locale.ROOT));
                }
                throw new SQLException(type.getSimpleName() + "." + parts.get(i).component() + ": the result has no column '"
                        + parts.get(i).column() + "' (it has " + labels.values() + ")");
            }
            at[i] = index;
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    private R map(ResultSet rs, int[] at) throws SQLException {
        Object[] args = new Object[parts.size()];
        for (int i = 0; i < args.length; i++) {
            Part p = parts.get(i);
            args[i] = p.conversion().read().read(rs, at[i]);
        }
        try {
            return (R) (Object) constructor.invokeExact(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(type.getSimpleName() + " could not be built: " + e, e);
        }
    }
}
