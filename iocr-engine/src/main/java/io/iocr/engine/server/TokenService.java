package io.iocr.engine.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks access tokens shaped like Baidu's ({@code 24.<32 hex>.<ttl>.<expiry epoch>.<uid>-<appid>}).
 * Tokens live in memory: after a restart clients get error 110 and fetch a new one, exactly as Baidu's SDKs
 * recover from a revoked token.
 */
final class TokenService {

    record Token(String accessToken, String refreshToken, String sessionKey, String sessionSecret, long expiresIn) {
    }

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration ttl;
    private final Clock clock;

    TokenService(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    Token issue() {
        Instant now = clock.instant();
        Instant expiry = now.plus(ttl);
        String uid = Long.toString(1_000_000 + random.nextInt(9_000_000));
        String access = "24." + hex(16) + "." + ttl.toSeconds() + "." + expiry.getEpochSecond() + "." + uid + "-"
                + (10_000_000 + random.nextInt(90_000_000));
        expiries.put(access, expiry);
        expiries.entrySet().removeIf(e -> e.getValue().isBefore(now)); // keep the map from growing forever
        String refresh = "25." + hex(16) + ".315360000." + now.plus(Duration.ofDays(3650)).getEpochSecond() + "." + uid;
        return new Token(access, refresh, hex(16), hex(16), ttl.toSeconds());
    }

    /** Throws 110 for a token never issued (or issued before a restart), 111 for an expired one. */
    void check(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw BaiduError.invalidToken();
        }
        Instant expiry = expiries.get(accessToken);
        if (expiry == null) {
            throw BaiduError.invalidToken();
        }
        if (expiry.isBefore(clock.instant())) {
            throw BaiduError.expiredToken();
        }
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
