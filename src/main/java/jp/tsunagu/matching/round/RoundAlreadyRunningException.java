package jp.tsunagu.matching.round;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** Only one round runs at a time in a prefecture, whichever service instance started it. */
public class RoundAlreadyRunningException extends ClientErrorException {

    public RoundAlreadyRunningException(long runningRoundId) {
        super("マッチング " + runningRoundId + " が実行中です。終わるのを待つか、停止してください。", Response.Status.CONFLICT);
    }
}
