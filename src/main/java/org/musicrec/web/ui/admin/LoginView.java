package org.musicrec.web.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.musicrec.platform.security.AdminSettings;
import org.musicrec.platform.security.ConsoleSession;

/**
 * Backs the console's login page. The form posts to /admin/login, where the authentication
 * mechanism checks it; this bean gives the form its one-time token and says why a login failed,
 * or that no administrator is configured (then there is no form at all).
 */
@Named("loginView")
@RequestScoped
public class LoginView {

    private static final Map<String, String> ERRORS = Map.of(
            "credentials", "Wrong user name or password.",
            "expired", "The login form expired; please try again.",
            "throttled", "Too many failed logins from this address; wait a little and try again.",
            "unconfigured", "No administrator is configured.");

    @Inject
    AdminSettings admin;

    public boolean isConfigured() {
        return admin.configured();
    }

    public String getToken() {
        return ConsoleSession.loginToken(request());
    }

    /** The reason of the last failure, from the redirect's {@code error} parameter (fixed texts only). */
    public String getError() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("error");
        return code == null ? "" : ERRORS.getOrDefault(code, "");
    }

    public boolean isLoggedOut() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().containsKey("logout");
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
