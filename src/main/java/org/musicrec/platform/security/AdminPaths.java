package org.musicrec.platform.security;

/** Which paths are the administrator's: the console pages under /admin and the API under /api/admin. */
public final class AdminPaths {

    public static final String LOGIN_PAGE = "/admin/login.xhtml";
    public static final String LOGIN_SUBMIT = "/admin/login";
    public static final String HOME_PAGE = "/admin/jobs.xhtml";

    private AdminPaths() {
    }

    public static boolean isApi(String path) {
        return path.equals("/api/admin") || path.startsWith("/api/admin/");
    }

    public static boolean isConsole(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    public static boolean isLoginPage(String path) {
        return path.equals(LOGIN_PAGE);
    }

    public static boolean isLoginSubmit(String path) {
        return path.equals(LOGIN_SUBMIT);
    }
}
