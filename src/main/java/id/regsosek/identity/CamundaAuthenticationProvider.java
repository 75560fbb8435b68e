package id.regsosek.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Spring Security logs users in against Camunda identity: one user store for our pages, our API, the REST API and
 * the webapps. Camunda's password check also counts failed attempts and locks an account after too many.
 */
@Component
public class CamundaAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(CamundaAuthenticationProvider.class);

    private final IdentityService identity;
    private final VerifiedCredentials verified;
    private final LoginThrottle throttle;

    public CamundaAuthenticationProvider(IdentityService identity, VerifiedCredentials verified,
                                         LoginThrottle throttle) {
        this.identity = identity;
        this.verified = verified;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String userId = request.getName();
        Object credentials = request.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("user and password are required");
        }
        String password = credentials.toString();
        String source = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        RegsosekUser user = verified.recall(userId, password).orElseGet(() -> check(userId, password, source));
        var authorities = user.groups().stream().map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /**
     * The engine's password check, unless the account or source must wait (then refused unheard); only a fresh
     * success is remembered, so a remembered one expires on time.
     */
    private RegsosekUser check(String userId, String password, String source) {
        LoginThrottle.Wait wait = throttle.check(userId, source);
        if (wait != null) {
            throw new LoginThrottledException(wait);
        }
        RegsosekUser user = SystemCalls.asSystem(identity, () -> passwordMatches(userId, password)
                ? load(userId) : null);
        if (user == null) {
            verified.forget(userId);
            throttle.failed(userId, source);
            throw new BadCredentialsException("wrong user or password");
        }
        throttle.succeeded(userId);
        verified.remember(userId, password, user);
        return user;
    }

    /** A login stored without any password makes the engine's check throw: that is a wrong password too. */
    private boolean passwordMatches(String userId, String password) {
        try {
            return identity.checkPassword(userId, password);
        } catch (RuntimeException e) {
            log.warn("password check of user {} failed: {}", userId, e.getClass().getSimpleName());
            return false;
        }
    }

    /** Groups and tenants as the engine knows them, including tenants given to one of the user's groups. */
    RegsosekUser load(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return new RegsosekUser(userId, groups, tenants);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
