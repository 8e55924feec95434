package org.musicrec.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;

/** Refuses a call to an {@link AdminOnly} bean from a caller without the administrator's role. */
@AdminOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AdminOnlyInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @AroundInvoke
    public Object check(InvocationContext call) throws Exception {
        if (!security.isCallerInRole(CallerAuthentication.ROLE)) {
            throw new SecurityException("the console is the administrator's: " + call.getMethod().getName() + " refused");
        }
        return call.proceed();
    }
}
