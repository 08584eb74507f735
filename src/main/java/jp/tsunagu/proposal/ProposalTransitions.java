package jp.tsunagu.proposal;

import static jp.tsunagu.proposal.ProposalEvent.ACCEPT;
import static jp.tsunagu.proposal.ProposalEvent.CONFIRM;
import static jp.tsunagu.proposal.ProposalEvent.DECLINE;
import static jp.tsunagu.proposal.ProposalEvent.EXCLUDE;
import static jp.tsunagu.proposal.ProposalEvent.EXPIRE;
import static jp.tsunagu.proposal.ProposalEvent.HOST_DECLINE;
import static jp.tsunagu.proposal.ProposalEvent.MOVED_BY_SWAP;
import static jp.tsunagu.proposal.ProposalEvent.PIN;
import static jp.tsunagu.proposal.ProposalEvent.PUBLISH;
import static jp.tsunagu.proposal.ProposalEvent.RESOLVE_AWAY;
import static jp.tsunagu.proposal.ProposalEvent.SWAP;
import static jp.tsunagu.proposal.ProposalEvent.UNPIN;
import static jp.tsunagu.proposal.ProposalState.ACCEPTED;
import static jp.tsunagu.proposal.ProposalState.CONFIRMED;
import static jp.tsunagu.proposal.ProposalState.DECLINED_BY_HOST;
import static jp.tsunagu.proposal.ProposalState.DECLINED_BY_PERSON;
import static jp.tsunagu.proposal.ProposalState.DRAFT;
import static jp.tsunagu.proposal.ProposalState.PUBLISHED;
import static jp.tsunagu.proposal.ProposalState.SUPERSEDED;

import java.util.EnumMap;
import jp.tsunagu.platform.LifecycleConflict;
import java.util.Map;
import java.util.Optional;

/**
 * The proposal lifecycle as one table: for each state, the events allowed and the state each leads
 * to (docs/lifecycle.md draws it). Everything else is refused with a message that says why.
 */
public final class ProposalTransitions {

    private static final Map<ProposalState, Map<ProposalEvent, ProposalState>> TABLE = new EnumMap<>(ProposalState.class);

    static {
        allow(DRAFT, PIN, DRAFT);
        allow(DRAFT, UNPIN, DRAFT);
        allow(DRAFT, SWAP, DRAFT);
        allow(DRAFT, MOVED_BY_SWAP, DRAFT);
        allow(DRAFT, EXCLUDE, SUPERSEDED);
        allow(DRAFT, PUBLISH, PUBLISHED);
        allow(DRAFT, RESOLVE_AWAY, SUPERSEDED);
        allow(DRAFT, EXPIRE, SUPERSEDED);
        allow(PUBLISHED, MOVED_BY_SWAP, PUBLISHED);
        allow(PUBLISHED, ACCEPT, ACCEPTED);
        allow(PUBLISHED, DECLINE, DECLINED_BY_PERSON);
        allow(PUBLISHED, EXPIRE, SUPERSEDED);
        allow(ACCEPTED, DECLINE, DECLINED_BY_PERSON);
        allow(ACCEPTED, CONFIRM, CONFIRMED);
        allow(ACCEPTED, HOST_DECLINE, DECLINED_BY_HOST);
    }

    private ProposalTransitions() {
    }

    private static void allow(ProposalState from, ProposalEvent event, ProposalState to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(ProposalEvent.class)).put(event, to);
    }

    /** The state {@code event} leads to from {@code from}, if allowed. */
    public static Optional<ProposalState> next(ProposalState from, ProposalEvent event) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(event));
    }

    /** The state {@code event} leads to, or a refusal (409) that says why in the user's words. */
    public static ProposalState require(ProposalState from, ProposalEvent event) {
        return next(from, event).orElseThrow(() -> new LifecycleConflict(refusal(from, event)));
    }

    static String refusal(ProposalState from, ProposalEvent event) {
        String base = "この提案は「" + from.labelJa() + "」のため、" + event.labelJa() + "はできません。";
        return base + switch (from) {
            case DRAFT -> "まだ公開されていない提案です。調整担当が公開してから操作してください。";
            case PUBLISHED -> event == CONFIRM || event == HOST_DECLINE
                    ? "窓口が本人の同意を記録してから受入先が回答します。"
                    : "公開済みの提案は窓口の判断を待っています。";
            case ACCEPTED -> "本人が承諾し、受入先の回答を待っています。";
            case CONFIRMED -> "受入が決まり、実習として記録されています。";
            case DECLINED_BY_PERSON, DECLINED_BY_HOST -> "辞退された提案は変更できません。再マッチングで新しい提案を作ってください。";
            case SUPERSEDED -> "この提案は取り下げられています。最新の提案を確認してください。";
        };
    }
}
