package jp.tsunagu.sample;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PrePersist;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.TimestampLockingPolicy;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;

/**
 * Writes many new entities of one kind as multi-row {@code INSERT ... VALUES (...), (...)}
 * statements on the connection of the current transaction, in the order given, and returns their
 * generated ids in that order.
 *
 * <p>Why not the provider's batch writing: every table of the registry takes its id from the
 * database ({@code IDENTITY}), and EclipseLink reads each id back after each row, so it never
 * batches such inserts. Why not {@code rewriteBatchedStatements}: it is a setting of the JDBC URL,
 * which the operator gives. A statement of many rows is one round trip whatever the URL says.
 *
 * <p>The columns and their values come from the provider's own mapping of the entity (its
 * descriptor, converters and parameter binding), so a row holds exactly what {@code persist}
 * would have written; the version column starts where EclipseLink starts it (1), and the entity's
 * {@code @PrePersist} callbacks run first. Only entities made of basic columns can be written so.
 */
final class BatchedInserts implements SampleNetworkLoader.Rows {

    /** Rows per statement: a few hundred kilobytes, far below the server's packet limit. */
    static final int ROWS_PER_STATEMENT = 1000;
    /** Below the server's limit of placeholders in one prepared statement (65,535). */
    private static final int MAX_PARAMETERS = 60_000;
    /** EclipseLink's first value of a numeric {@code @Version}. */
    private static final long INITIAL_VERSION = 1L;

    private final EntityManager em;

    BatchedInserts(EntityManager em) {
        this.em = em;
    }

    @Override
    public <T> List<Long> insert(Class<T> type, List<T> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        AbstractSession session = (AbstractSession) em.unwrap(JpaEntityManager.class).getActiveSession();
        ClassDescriptor descriptor = session.getDescriptor(type);
        DatabasePlatform platform = (DatabasePlatform) session.getDatasourcePlatform();
        DatabaseField versionField = versionField(descriptor);
        List<AbstractDirectMapping> columns = new ArrayList<>();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (!(mapping instanceof AbstractDirectMapping direct)) {
                throw new IllegalArgumentException(type.getSimpleName() + " has a mapping that is not a plain column: "
                        + mapping.getAttributeName());
            }
            if (!descriptor.getPrimaryKeyFields().contains(direct.getField())) {
                columns.add(direct);
            }
        }
        List<Method> prePersist = callbacks(type);
        // Flushed first, so that the rows this statement refers to are in the transaction.
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        int rowsPerStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, MAX_PARAMETERS / columns.size()));
        List<Long> ids = new ArrayList<>(entities.size());
        try {
            for (int from = 0; from < entities.size(); from += rowsPerStatement) {
                List<T> chunk = entities.subList(from, Math.min(entities.size(), from + rowsPerStatement));
                String sql = insertSql(descriptor.getTableName(), columns, chunk.size());
                try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                    int index = 1;
                    for (T entity : chunk) {
                        for (Method callback : prePersist) {
                            callback.invoke(entity);
                        }
                        for (AbstractDirectMapping column : columns) {
                            Object value = column.getField().equals(versionField) ? INITIAL_VERSION
                                    : column.getFieldValue(column.getAttributeValueFromObject(entity), session);
                            platform.setParameterValueInDatabaseCall(value, statement, index++, session);
                        }
                    }
                    statement.executeUpdate();
                    try (ResultSet keys = statement.getGeneratedKeys()) {
                        int before = ids.size();
                        while (keys.next()) {
                            ids.add(keys.getLong(1));
                        }
                        if (ids.size() - before != chunk.size()) {
                            throw new IllegalStateException(descriptor.getTableName() + ": " + chunk.size()
                                    + " rows written but " + (ids.size() - before) + " ids returned");
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing " + descriptor.getTableName() + " failed: " + e.getMessage(), e);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("@PrePersist of " + type.getSimpleName() + " failed", e);
        }
        return ids;
    }

    private static String insertSql(String table, List<AbstractDirectMapping> columns, int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(columns.get(i).getField().getName());
        }
        String row = "(" + "?, ".repeat(columns.size() - 1) + "?)";
        sql.append(") VALUES ").append(row);
        for (int i = 1; i < rows; i++) {
            sql.append(", ").append(row);
        }
        return sql.toString();
    }

    private static DatabaseField versionField(ClassDescriptor descriptor) {
        if (descriptor.getOptimisticLockingPolicy() == null) {
            return null;
        }
        if (descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy policy
                && !(policy instanceof TimestampLockingPolicy)) {
            return policy.getWriteLockField();
        }
        throw new IllegalArgumentException(descriptor.getJavaClass().getSimpleName()
                + " is locked otherwise than by a numeric version");
    }

    private static List<Method> callbacks(Class<?> type) {
        List<Method> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(PrePersist.class)) {
                    method.setAccessible(true);
                    found.add(0, method);
                }
            }
        }
        return found;
    }
}
