package jp.tsunagu.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, found once. The static factories of {@code jakarta.json.Json} look the provider
 * up through the class loader's service files at every call; in the container that scan of every
 * library cost more than the rest of an error answer, and made each {@code 503} refused under load
 * dearer than the request it refused.
 */
public final class JsonP {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonP() {
    }
}
