/**
 * Purchase of services and 费随事转 (政府购买服务): public services extended to villages are bought, not imposed.
 *
 * <h2>Model</h2>
 * <ul>
 * <li>The fifth list, 政府购买服务（费随事转）事项清单, lives in the catalogue ({@code ListType.SERVICE_PURCHASE}, items
 * GM-nn: service field, standard price and its basis, who may undertake it, the lowest evaluation grade of a social
 * organisation) and changes through the catalogue's versions and change procedure. A contract cites the item of the
 * version in force on the day it is made.</li>
 * <li>{@link cn.qingdan.services.Supplier}: a social organisation (18-character 统一社会信用代码, evaluation grade
 * 3A/4A/5A and the day it was rated — valid five years, a condition of eligibility) or a village's own organisation.</li>
 * <li>{@link cn.qingdan.services.Contract} (购买服务合同 / 委托协议): buyer (a department or a township), supplier, the
 * list item, the villages served with each village's part of the amount, term, amount, budget year (normally the next
 * year's budget), clauses with measurable terms, a payment schedule of milestones; optionally the admission number of
 * the assisted matter it funds (费随事转); the signed agreement as a PDF; an A4 summary.</li>
 * <li>Payments against milestones (date, amount, voucher number and file). A milestone is paid, paid late, partly paid,
 * due (deadline light), late (red) or held.</li>
 * <li>Evaluations: each village served rates each clause (达到 / 未达到, 满意度 0–100, comment; residents asked and
 * satisfied where the clause says residents take part). A clause not met holds the next unpaid milestone until the
 * buyer releases it. The report lists results per clause; villages are never ranked.</li>
 * <li>Reconciliation (费随事转核对): every admitted matter in force in a year (admission's
 * {@code AssistanceFunding}) against what contracts citing its admission number paid each village → funded / partly /
 * unfunded, with the gap per matter, department and county. An unfunded matter is sent to supervision as a
 * {@code shared.lead.SupervisionLead} (UNFUNDED, 费随事转未落实) and shows on the village's facts.</li>
 * <li>Rollups ({@link cn.qingdan.services.ServicesFigures}): contracts, amounts and the social share per buyer and
 * county by budget year; 费随事转 matters funded / partly / unfunded per department and county, the gap also per
 * village. A contract or a payment publishes {@code shared.rollup.FiguresChanged} for its county and budget year.</li>
 * <li>The 30% indicator ({@link cn.qingdan.services.SocialShare}): the share of the year's new purchases bought from
 * social organisations, per buyer and county.</li>
 * </ul>
 *
 * <h2>Scope</h2>
 * The office (and the finance bureau, {@code qingdan.services.finance-units}) sees every contract of the county; a
 * buyer its own; a township also those serving its villages; a village those serving it or bought from it, with its
 * own money. Every change is audited. Amounts are exact decimals in yuan with two places.
 *
 * <h2>Tables and boundaries</h2>
 * Owns {@code service_supplier}, {@code service_contract}, {@code service_contract_village}, {@code service_clause},
 * {@code service_milestone}, {@code service_payment}, {@code service_evaluation}, {@code service_payment_hold},
 * {@code service_unfunded_lead}; reads the catalogue through {@code Catalogues}, the register through admission's
 * {@code AssistanceFunding} and {@code Register}, units through org.
 */
@org.springframework.modulith.ApplicationModule(displayName = "购买服务", allowedDependencies = { "admission", "audit",
		"catalogue", "identity", "org", "shared", "shared :: demo", "shared :: indicator", "shared :: lead", "shared :: menu",
		"shared :: publicpage", "shared :: rollup", "shared :: todo", "workflow :: document", "workflow :: numbering" })
package cn.qingdan.services;
