package org.alfresco.repo.security.authentication;

/** Compile stand-in: the security context lives in the platform. */
public class AuthenticationUtil {

    public static final String SYSTEM_USER_NAME = "System";

    public interface RunAsWork<Result> {
        Result doWork() throws Exception;
    }

    public static <R> R runAs(RunAsWork<R> runAsWork, String uid) {
        throw new UnsupportedOperationException("compile stand-in");
    }

    public static <R> R runAsSystem(RunAsWork<R> runAsWork) {
        throw new UnsupportedOperationException("compile stand-in");
    }

    public static String getRunAsUser() {
        throw new UnsupportedOperationException("compile stand-in");
    }

    public static boolean isRunAsUserTheSystemUser() {
        throw new UnsupportedOperationException("compile stand-in");
    }

    public static String getSystemUserName() {
        return SYSTEM_USER_NAME;
    }
}
