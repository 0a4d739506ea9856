/**
 * Rollups (汇总): the figures of every county, township, village and department per year, kept in one table so that
 * county, city and province dashboards read a few hundred rows whatever the history.
 *
 * <h2>Model</h2>
 * {@code rollup_figure(county_code, metric, year, unit_id, county_unit_id, value)} — the key leads with the county's
 * 6-digit code, so a city ({@code 6104}) or a province ({@code 61}) is a range of the primary key. A figure belongs to
 * the county itself, a township, a village or a department. Metrics and their Chinese labels come from the sources
 * ({@link cn.qingdan.shared.rollup.FigureSource}: admission's burden hours and decisions, certificates' requests …).
 *
 * <h2>Flows</h2>
 * <pre>
 *   domain event (ApplicationDecided, AdmissionRevoked/Expired, CertificateIssued, CertificateRequestDecided,
 *                 or any module's FiguresChanged)
 *      └─▶ refresh(county, year): every source computes that county's year from its own tables; the county's rows for
 *          the year are replaced in one transaction (a county's year, never the province's history)
 *   rebuild (qingdan.rollups.rebuild=true at start, or the system administrator's button): every county, every year
 *          from qingdan.rollups.first-year — the same code, so an event-fed table and a rebuilt one hold the same
 *          numbers (RollupIT checks it)
 *   read: GET /api/v1/rollups/{2|4|6-digit code} — the region's totals and one row per county below it (a county:
 *          one row per township and per department); /rollups pages with charts, counties side by side, drill-down
 * </pre>
 *
 * <h2>Scope</h2>
 * A province office (unit 省基层减负办, region 61) sees its province's counties, a city office (6104) its city's, a
 * county's office people their county; the system administrator all; nobody else. City and province offices see
 * figures, never a county's records (their data scope covers only their own unit).
 */
@org.springframework.modulith.ApplicationModule(displayName = "汇总统计", allowedDependencies = { "shared",
		"shared :: rollup", "shared :: lead", "shared :: menu", "shared :: dashboard", "shared :: todo", "identity", "org", "region", "admission :: events",
		"certificate :: events" })
package cn.qingdan.rollup;
