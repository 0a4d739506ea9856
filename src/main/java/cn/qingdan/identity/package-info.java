/**
 * Identity (用户与权限): users, roles, the one data-scope rule, login to 等保2.0 level 3, and API tokens.
 *
 * <h2>Model</h2>
 * A {@code UserAccount} belongs to exactly one unit and holds {@link cn.qingdan.identity.Role roles}. The unit tree
 * itself belongs to the org module, which implements {@link cn.qingdan.identity.UnitDirectory} for us (dependency
 * inversion: identity owns the rule, org owns the units, and org depends on identity, never the reverse).
 *
 * <h2>The data-scope rule ({@link cn.qingdan.identity.DataScope})</h2>
 * <ul>
 * <li>system admin: every unit of the installation;</li>
 * <li>office admin, office reviewer, approver, inspector: the whole county (the county unit and everything below);</li>
 * <li>township officer: the township and its villages;</li>
 * <li>village clerk and department officer: their own unit only (departments see public data through public pages).</li>
 * </ul>
 * Every controller that loads a unit-owned record asks {@link cn.qingdan.identity.DataScopes#current()} whether the
 * record's unit path is covered; out-of-scope records answer "not found", never "forbidden", so ids cannot be probed.
 *
 * <h2>Login flow</h2>
 * Form login at {@code /login}; five failures (configurable) lock the account for 30 minutes; the password policy is
 * ≥ 12 characters from at least three classes and not one of the last five; a new or reset account must change its
 * password before anything else. Sessions: 30 minutes idle, new id on login, HttpOnly + SameSite=Strict cookie.
 * Department systems call {@code /api/v1/**} with {@code Authorization: Bearer qd_…} tokens bound to a unit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "用户与权限", allowedDependencies = {
		"audit", "shared", "shared :: crypto", "shared :: menu", "shared :: todo" })
package cn.qingdan.identity;
