package org.musicrec.web.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.musicrec.platform.security.ConsoleSession;

/** The console's log-out button (a postback, so a cross-site page cannot log anyone out) and the user's name. */
@Named("logoutView")
@RequestScoped
public class LogoutView {

    public String getUser() {
        HttpServletRequest r = request();
        return r.getUserPrincipal() == null ? "" : r.getUserPrincipal().getName();
    }

    public String logout() throws ServletException {
        HttpServletRequest r = request();
        r.logout();
        ConsoleSession.logout(r);
        return "/admin/login.xhtml?faces-redirect=true&logout=true";
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
