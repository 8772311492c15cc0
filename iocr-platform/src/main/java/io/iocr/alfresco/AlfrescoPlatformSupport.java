package io.iocr.alfresco;

import java.util.function.Supplier;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.util.transaction.TransactionListenerAdapter;

/** {@link PlatformSupport} on {@link AuthenticationUtil} and {@link AlfrescoTransactionSupport}. */
public class AlfrescoPlatformSupport implements PlatformSupport {

    @Override
    public <T> T runAsSystem(Supplier<T> work) {
        return AuthenticationUtil.runAsSystem(work::get);
    }

    @Override
    public String currentUser() {
        return AuthenticationUtil.getRunAsUser();
    }

    @Override
    public boolean isSystemUser() {
        return AuthenticationUtil.isRunAsUserTheSystemUser();
    }

    @Override
    public void afterCommit(Runnable task) {
        AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
            @Override
            public void afterCommit() {
                task.run();
            }
        });
    }
}
