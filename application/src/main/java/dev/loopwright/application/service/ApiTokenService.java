package dev.loopwright.application.service;

import dev.loopwright.application.error.ForbiddenException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.AuthenticateApiTokenUseCase;
import dev.loopwright.application.port.in.CreateApiTokenUseCase;
import dev.loopwright.application.port.in.IssuedToken;
import dev.loopwright.application.port.in.ListApiTokensUseCase;
import dev.loopwright.application.port.in.RevokeApiTokenUseCase;
import dev.loopwright.application.port.out.intake.ApiTokenRepository;
import dev.loopwright.application.port.out.intake.OrganisationRepository;
import dev.loopwright.application.port.out.intake.SecretSource;
import dev.loopwright.domain.intake.ApiToken;
import dev.loopwright.domain.intake.ApiTokenId;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.Organisation;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.TokenHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Developer-API tokens: {@code tok_} and 64 hex digits (256 random bits), stored as their SHA-256 only. A plain
 * hash is enough here: the secret is random, so there is nothing to guess from the hash (no salt or slow hash
 * needed, unlike for passwords), and a lookup by hash needs no comparison of secrets at all.
 */
public final class ApiTokenService implements AuthenticateApiTokenUseCase, CreateApiTokenUseCase,
        ListApiTokensUseCase, RevokeApiTokenUseCase {
    private static final Pattern SHAPE = Pattern.compile("tok_[0-9a-f]{64}");

    private final ApiTokenRepository tokens;
    private final OrganisationRepository organisations;
    private final SecretSource secrets;
    private final Clock clock;

    public ApiTokenService(ApiTokenRepository tokens, OrganisationRepository organisations, SecretSource secrets,
            Clock clock) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@inheritDoc} Throws {@link ForbiddenException} for a valid token of an organisation whose plan has no
     * developer-API access.
     */
    @Override
    public Optional<ApiCaller> authenticate(String presentedToken) {
        if (presentedToken == null || !SHAPE.matcher(presentedToken).matches()) {
            return Optional.empty();
        }
        Optional<ApiToken> token = tokens.findByHash(hash(presentedToken)).filter(t -> !t.isRevoked());
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<Organisation> organisation = organisations.findById(token.get().organisationId());
        Optional<Member> member = organisations.findMember(token.get().organisationId(), token.get().memberId());
        if (organisation.isEmpty() || member.isEmpty()) {
            return Optional.empty();
        }
        if (!organisation.get().plan().apiAccess()) {
            throw new ForbiddenException("Developer API requires a Pro or Business plan");
        }
        return Optional.of(new ApiCaller(organisation.get(), member.get(), Optional.of(token.get().id())));
    }

    @Override
    public IssuedToken createToken(OrganisationId organisation, MemberId memberId, String name) {
        organisations.findById(organisation).orElseThrow(() -> new NotFoundException("Organisation not found"));
        Member member = organisations.findMember(organisation, memberId)
                .orElseThrow(() -> new NotFoundException("Member not found"));
        if (!member.role().mayWrite()) {
            throw new ForbiddenException("Only owners and developers may create tokens");
        }
        String secret = "tok_" + secrets.randomHex(32);
        ApiToken token = tokens.create(new ApiToken(new ApiTokenId(IntakeAccess.newId(secrets, "tokid")),
                organisation, memberId, name, secret.substring(4, 8), hash(secret), clock.instant(),
                Optional.empty()));
        return new IssuedToken(token, secret);
    }

    @Override
    public List<ApiToken> listTokens(OrganisationId organisation) {
        return tokens.list(organisation);
    }

    @Override
    public void revokeToken(OrganisationId organisation, ApiTokenId id) {
        if (!tokens.revoke(organisation, id, clock.instant())) {
            throw new NotFoundException("Token not found");
        }
    }

    static TokenHash hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
