package cn.qingdan.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How the audit pages name the people in the log: records keep the login id they were written with (the chain
 * covers it), and pages show the person's name and unit instead. Implemented by the identity module.
 */
public interface ActorNames {

	/** The person's name for each known login id (the record keeps the unit); unknown ids are left out. */
	Map<String, String> labels(Collection<String> usernames);

	/** The login ids of accounts whose name is exactly {@code name}, for filtering the log by a person's name. */
	List<String> usernamesNamed(String name);
}
