package jp.tsunagu.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Finds accounts, checks their passwords, and says what scope a signed-in account acts in. */
@ApplicationScoped
public class AccountDirectory {

    /**
     * Checked when the username is unknown, so that an unknown name takes as long to refuse as a wrong
     * password and the answer time does not tell which usernames exist.
     */
    private static final String UNKNOWN_ACCOUNT_HASH = PasswordHashing.hash("unknown account");

    @PersistenceContext
    EntityManager em;

    /** The enabled account with this username and password. */
    public Optional<Account> verify(String username, String password) {
        Optional<Account> account = find(username);
        if (account.isEmpty()) {
            PasswordHashing.matches(password, UNKNOWN_ACCOUNT_HASH);
            return Optional.empty();
        }
        boolean matches = PasswordHashing.matches(password, account.get().getPasswordHash());
        return matches && account.get().isEnabled() ? account : Optional.empty();
    }

    public Optional<Account> find(String username) {
        List<Account> found = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getResultList();
        return found.stream().findFirst();
    }

    public Caller callerOf(Account account) {
        // Only the codes, in one statement: loading the counter cost a second one for its collection,
        // on every request a counter makes.
        Set<String> served = account.getCounterId() == null ? Set.of()
                : new TreeSet<>(em.createQuery("select m from SupportCounter c join c.servedMunicipalities m"
                        + " where c.id = :id", String.class).setParameter("id", account.getCounterId()).getResultList());
        return new Caller(account.getUsername(), account.getRole(), account.getPrefectureCode(),
                account.getCounterId(), served, account.getHostId());
    }
}
