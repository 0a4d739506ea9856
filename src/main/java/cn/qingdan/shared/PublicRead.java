package cn.qingdan.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A read the public (or a dashboard) makes that may be served a moment behind the primary: the handler runs in one
 * read-only transaction, which goes to the PostgreSQL hot standby when {@code spring.datasource.replica.url} is
 * configured ({@code ReplicaDataSourceConfiguration}) and to the primary otherwise. Never put it on a page a user sees
 * right after writing (a receipt, a status page after a post): those read the primary. A write inside fails in every
 * configuration (the transaction is read-only), so tests on the embedded database catch one.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true)
public @interface PublicRead {
}
