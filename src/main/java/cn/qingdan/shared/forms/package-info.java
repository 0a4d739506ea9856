/**
 * The report-form duplicate check as a contract: the ledger module keeps every form in force with its fields and
 * implements {@link cn.qingdan.shared.forms.FormFieldCheck}; the admission module asks it, when present, about an
 * application of kind 报表 — so admission does not depend on the ledgers (which look admission numbers up in
 * admission's register).
 */
@org.springframework.modulith.NamedInterface("forms")
package cn.qingdan.shared.forms;
