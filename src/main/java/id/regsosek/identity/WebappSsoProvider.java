package id.regsosek.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;

/**
 * Lets Tasklist, Cockpit and Admin trust our login: the user Spring Security authenticated is the webapp user, so
 * nobody reaches the end-of-life webapps without passing our login first. Camunda loads the user's groups and
 * tenants itself. Instantiated by Camunda's filter by class name, hence no injection.
 */
public class WebappSsoProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Principal principal = request.getUserPrincipal();
        if (principal == null || principal.getName() == null) {
            return AuthenticationResult.unsuccessful();
        }
        return AuthenticationResult.successful(principal.getName());
    }

    /** Spring Security already sent anyone unauthenticated to our login page. */
    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // nothing to add
    }
}
