package cn.qingdan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public pages and APIs of the second half, and the dashboards' rollups, read from the standby when one is
 * configured: each path's handler runs in a read-only transaction (the flag on which {@code ReplicaDataSourceConfiguration}'s
 * routing data source hands out the standby's connection — {@code ReplicaIT} shows that on a real standby), through
 * the transaction proxy, and answers without a write (a write in a read-only transaction fails on the embedded
 * database too). A receipt page the villager reaches right after writing stays on the primary.
 */
@TestPropertySource(properties = { "qingdan.data-dir=target/test-data-rollup", "qingdan.demo.city-counties=true" })
class PublicReadRoutesIT extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TransactionAttributeSource transactions;

	@Autowired
	ApplicationContext context;

	private static final List<String> PUBLIC = List.of("/public/redblack", "/api/v1/redblack", "/public/draws", "/api/v1/draws",
			"/public/draws/1", "/api/v1/draws/1", "/public/plans", "/public/plans/1", "/public/purchases", "/api/v1/purchases",
			"/api/v1/purchases/social-share", "/public/villages", "/public/register");

	private static final List<String> DASHBOARDS = List.of("/api/v1/rollups/6104", "/api/v1/rollups/6104/export", "/rollups/6104");

	@Test
	void publicPagesAndDashboardsReadInReadOnlyTransactions() throws Exception {
		for (String path : PUBLIC) {
			assertThat(readOnly(path)).as(path).isTrue();
			int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
			assertThat(status).as(path).isIn(200, 404);
		}
		for (String path : DASHBOARDS) {
			assertThat(readOnly(path)).as(path).isTrue();
			assertThat(mvc.perform(get(path).with(as("xianyang_jfb"))).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
		}
	}

	@Test
	void whatAUserSeesRightAfterWritingReadsThePrimary() throws Exception {
		assertThat(readOnly("/public/opinions/X1")).isFalse();
		assertThat(readOnly("/admission/applications")).isFalse();
	}

	/** Whether the handler of a GET runs in a read-only transaction through its proxy. */
	private boolean readOnly(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		var chain = mappings.getHandler(request);
		assertThat(chain).as(path).isNotNull();
		HandlerMethod handler = (HandlerMethod) chain.getHandler();
		Object bean = handler.getBean() instanceof String name ? context.getBean(name) : handler.getBean();
		TransactionAttribute tx = transactions.getTransactionAttribute(handler.getMethod(), handler.getBeanType());
		return tx != null && tx.isReadOnly() && AopUtils.isAopProxy(bean);
	}
}
