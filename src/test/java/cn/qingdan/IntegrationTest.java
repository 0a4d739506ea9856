package cn.qingdan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base for integration tests: the whole application on the embedded PostgreSQL with the demo county (武功县) and its
 * demo accounts loaded. Principals are the real ones, loaded from the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class IntegrationTest {

	public static final String DEMO_PASSWORD = "Qingdan@2026demo";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected UserDetailsService userDetails;

	/** Acts as the named demo account. */
	protected RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
	}
}
