package jp.tsunagu.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import jp.tsunagu.platform.NetworkDataSource;

/**
 * Links the audit entries written since the last seal, and checks the chain. Both work on a
 * connection outside any request transaction: a seal commits on its own, in short batches.
 */
@ApplicationScoped
public class AuditSealer {

    @Resource(lookup = NetworkDataSource.JNDI_NAME)
    DataSource dataSource;

    /** Seals everything written so far; returns how many entries were linked. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long sealAll() {
        try (Connection db = dataSource.getConnection()) {
            return AuditChain.sealAll(db);
        } catch (SQLException e) {
            throw new IllegalStateException("sealing the audit chain failed: " + e.getMessage(), e);
        }
    }

    /** Seals what is pending, then checks the whole sealed chain. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ChainReport sealAndCheck() {
        sealAll();
        try (Connection db = dataSource.getConnection()) {
            return AuditChain.check(db);
        } catch (SQLException e) {
            throw new IllegalStateException("checking the audit chain failed: " + e.getMessage(), e);
        }
    }
}
