package dev.portico.portal.page;

import dev.portico.psa.Permission;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page's backing bean: only users holding the permission may use the page. Everyone else gets the page's
 * "not found" answer (404), as for a record they may not see; see {@link PermissionGuard}.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {

    @Nonbinding
    Permission value();
}
